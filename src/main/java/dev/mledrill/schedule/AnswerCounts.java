package dev.mledrill.schedule;

import dev.mledrill.chat.ChannelRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** How many answers each open question has, and what its message last showed (the live count of private answers). */
public interface AnswerCounts {

    /** The channel's posted questions whose answer window is open at {@code now}, with their counts. */
    List<OpenQuestion> open(ChannelRef channel, Instant now);

    /**
     * Takes the showing of {@code answers} on question {@code id}: true unless a count was shown after
     * {@code shownBefore} (by this or another instance) or the same count is shown already.
     */
    boolean claimShowing(long id, int answers, Instant at, Instant shownBefore);

    /** Puts back what was shown before a showing whose platform edit failed, so the next tick tries again. */
    void releaseShowing(long id, OptionalInt shown, Optional<Instant> shownAt);

    /**
     * One open question: in-window, not withdrawn, non-practice answers so far ({@code answers}), and the count
     * its message last showed, when.
     */
    record OpenQuestion(
            long id,
            String questionId,
            LocalDate drillDate,
            Instant postedAt,
            Instant windowClosesAt,
            String messageId,
            String threadId,
            int answers,
            OptionalInt shown,
            Optional<Instant> shownAt) {
        public OpenQuestion {
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(drillDate, "drillDate");
            Objects.requireNonNull(postedAt, "postedAt");
            Objects.requireNonNull(windowClosesAt, "windowClosesAt");
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(threadId, "threadId");
        }
    }
}
