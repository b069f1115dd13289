package dev.mledrill.progress;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.UserRef;
import java.util.List;
import java.util.Optional;

/** A person's scored answers (withdrawn ones left out), read from the stored current scores. */
public interface ScoreHistory {

    /**
     * The user's latest {@code limit} scored answers, oldest first; in {@code channel} only when
     * given (daily answers there and practice questions asked for from there).
     */
    List<ScoredAttempt> latest(UserRef user, Optional<ChannelRef> channel, int limit);
}
