package dev.mledrill.drill;

import dev.mledrill.chat.ChannelRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What an answer replies to: a channel's daily question, or a user's private practice question. */
public sealed interface AnswerTarget {

    String questionId();

    String threadId();

    /** Whether an answer or edit made at {@code at} still counts (is inside the answer window). */
    boolean openAt(Instant at);

    /** A question posted in a channel for one drill day; answers after the window are late. */
    record Daily(long postedQuestionId, String questionId, String threadId, Instant windowClosesAt)
            implements AnswerTarget {
        public Daily {
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(threadId, "threadId");
            Objects.requireNonNull(windowClosesAt, "windowClosesAt");
        }

        @Override
        public boolean openAt(Instant at) {
            return !at.isAfter(windowClosesAt);
        }
    }

    /** A practice question in a DM thread; it never closes and never counts for streaks. */
    record Practice(long sessionId, String questionId, String threadId, Optional<ChannelRef> requestedIn)
            implements AnswerTarget {
        public Practice {
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(threadId, "threadId");
            requestedIn = requestedIn == null ? Optional.empty() : requestedIn;
        }

        @Override
        public boolean openAt(Instant at) {
            return true;
        }
    }
}
