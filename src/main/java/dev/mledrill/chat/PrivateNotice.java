package dev.mledrill.chat;

import java.util.Objects;

/**
 * A note about one answer that only its author may see (why it does not count, say), in Markdown.
 * Adapters deliver it privately whatever the channel's feedback mode: Slack as an ephemeral message
 * (a DM if the author left the channel), Discord as a DM, the terminal as a line. {@code practice}
 * answers live in a DM thread already.
 */
public record PrivateNotice(
        ChannelRef channel, String threadId, String answerMessageId, UserRef user, boolean practice, String text) {
    public PrivateNotice {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(answerMessageId, "answerMessageId");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(text, "text");
    }
}
