package dev.mledrill.drill;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.UserRef;
import java.time.Instant;
import java.util.Optional;

/** Finds which question a thread belongs to, and records practice threads. */
public interface QuestionThreads {

    /** The daily question posted in this channel thread, or this user's practice session in that thread. */
    Optional<AnswerTarget> find(ChannelRef channel, String threadId, UserRef user);

    /**
     * Whether the channel's question is being posted right now: claimed, its thread not recorded yet.
     * A reply can arrive in that thread before the poster records it.
     */
    boolean postInProgress(ChannelRef channel);

    /** The latest question posted in the channel at or before {@code at} (for answers recorded by hand). */
    Optional<AnswerTarget.Daily> postedBefore(ChannelRef channel, Instant at);

    /** Records a practice question sent to the user, so answers in its thread are recognised. */
    AnswerTarget.Practice recordPractice(
            UserRef user, Optional<ChannelRef> requestedIn, PostedMessage posted, String questionId, Instant at);
}
