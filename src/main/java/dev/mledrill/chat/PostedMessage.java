package dev.mledrill.chat;

import java.util.Objects;

/** Where a post landed: its message id and the id of the thread answers go to. */
public record PostedMessage(String messageId, String threadId) {
    public PostedMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(threadId, "threadId");
    }
}
