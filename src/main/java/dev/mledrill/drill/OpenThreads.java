package dev.mledrill.drill;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.QuestionThread;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The question threads that may have received answers, edits or deletions the service has not seen. */
public interface OpenThreads {

    /** A question's thread on its platform, and what answers in it reply to. */
    record OpenThread(QuestionThread thread, AnswerTarget target) {
        public OpenThread {
            Objects.requireNonNull(thread, "thread");
            Objects.requireNonNull(target, "target");
        }
    }

    /**
     * What the store holds of one answer in a thread: its latest text (the last edit's, counted or
     * not; empty once its text was purged) and whether it was withdrawn.
     */
    record KnownAnswer(ChannelRef channel, String messageId, Optional<String> latestText, boolean withdrawn) {
        public KnownAnswer {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(messageId, "messageId");
            latestText = latestText == null ? Optional.empty() : latestText;
        }
    }

    /** Daily questions with a thread whose window closes at or after {@code since}, oldest first. */
    List<OpenThread> closingSince(Instant since);

    /** Practice questions sent at or after {@code since}, oldest first. */
    List<OpenThread> practiceSince(Instant since);

    /** The answers stored for this thread's question (daily post or practice session). */
    List<KnownAnswer> answers(AnswerTarget target);
}
