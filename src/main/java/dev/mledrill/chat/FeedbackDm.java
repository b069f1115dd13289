package dev.mledrill.chat;

import java.util.Objects;

/**
 * Where an answer's feedback landed when it went by DM: the DM channel and the message that holds the
 * probe (its last message when the feedback was split). A reply there can be the probe's reply.
 */
public record FeedbackDm(String channelId, String messageId) {
    public FeedbackDm {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(messageId, "messageId");
    }
}
