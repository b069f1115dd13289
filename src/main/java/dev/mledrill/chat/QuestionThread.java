package dev.mledrill.chat;

import java.util.Objects;
import java.util.Optional;

/**
 * A question's thread on its platform, as backfill reads it: a channel's daily question, or a
 * practice question in {@code practiceWith}'s direct messages. {@code questionMessageId} is the
 * bot's question message; replies come after it (on Discord a practice DM holds every session, so
 * that message is where one session's replies start).
 */
public record QuestionThread(
        ChannelRef channel, String threadId, String questionMessageId, Optional<UserRef> practiceWith) {
    public QuestionThread {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(questionMessageId, "questionMessageId");
        practiceWith = practiceWith == null ? Optional.empty() : practiceWith;
    }

    /** A daily question's thread, opened on its question message. */
    public static QuestionThread daily(ChannelRef channel, String threadId) {
        return new QuestionThread(channel, threadId, threadId, Optional.empty());
    }
}
