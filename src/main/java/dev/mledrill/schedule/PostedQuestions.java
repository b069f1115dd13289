package dev.mledrill.schedule;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.question.Question;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The stored questions of each channel-day. The unique key (channel, drill day) is what makes
 * posting exactly-once across restarts and instances; every transition is a conditional update.
 */
public interface PostedQuestions {

    /** The row of that channel-day, inserted with {@code status} unless it exists; says whether this call inserted it. */
    Claim claimDay(
            ChannelRef channel,
            String channelName,
            DrillOccurrence day,
            Question question,
            PostStatus status,
            String owner,
            Instant now);

    Optional<PostedQuestion> find(ChannelRef channel, LocalDate drillDate);

    Optional<PostedQuestion> byId(long id);

    /** Ids of the questions posted or chosen in the channel so far. */
    List<String> history(ChannelRef channel);

    /**
     * Makes {@code owner} the poster of a row that is PENDING and due for a (re)try, or CLAIMED by a
     * poster whose lease started before {@code staleBefore}; true if this call won it.
     */
    boolean takeOver(long id, String owner, Instant now, Instant staleBefore);

    /** Records the platform ids of a post made by the row's owner; false if the owner lost the row. */
    boolean markPosted(long id, String owner, PostedMessage message, Instant now);

    /**
     * Records the platform ids of a post found on the platform for a row still CLAIMED or PENDING
     * without ids, whoever holds it; false if the row was recorded meanwhile.
     */
    boolean markFound(long id, PostedMessage message, Instant now);

    /** Gives a failed post back as PENDING, to be retried from {@code retryAt}. */
    void markFailed(long id, String owner, String error, Instant retryAt);

    /** Marks the channel's unposted rows whose window has closed as MISSED; returns how many. */
    int markMissed(ChannelRef channel, Instant now);

    /** POSTED rows of the channel whose window closed and whose wrap-up is not done. */
    List<PostedQuestion> awaitingWrapUp(ChannelRef channel, Instant now);

    /** Takes the wrap-up of a row for this caller; false if another caller took it. */
    boolean claimWrapUp(long id, Instant now);

    /** Gives a wrap-up back after it failed on the platform, to be retried. */
    void releaseWrapUp(long id);

    record Claim(PostedQuestion row, boolean created) {}
}
