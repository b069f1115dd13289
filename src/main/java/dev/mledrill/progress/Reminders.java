package dev.mledrill.progress;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.UserRef;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What streak reminders read and write: each person's choice ({@code /drill remind}), the
 * question whose window is about to close, who has not answered it, and the claim on each
 * reminder that makes it go out once across restarts and instances.
 */
public interface Reminders {

    /** A person's own choice; quiet hours are in the channel's zone and may wrap past midnight. */
    record Choice(boolean enabled, Optional<QuietHours> quiet) {
        public Choice {
            quiet = quiet == null ? Optional.empty() : quiet;
        }
    }

    record QuietHours(LocalTime from, LocalTime to) {
        public QuietHours {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public boolean contains(LocalTime time) {
            return from.isBefore(to)
                    ? !time.isBefore(from) && time.isBefore(to)
                    : !time.isBefore(from) || time.isBefore(to);
        }
    }

    /** A posted question whose answer window is still open. */
    record OpenPost(long id, Instant windowClosesAt) {}

    /** Someone who answered in the channel before, has not answered the post, and wants reminders. */
    record Candidate(UserRef user, Optional<QuietHours> quiet) {}

    Optional<Choice> choice(UserRef user);

    void choose(UserRef user, String displayName, Choice choice);

    /** The channel's posted question whose window closes after {@code now} and no later than {@code until}. */
    Optional<OpenPost> closingBetween(ChannelRef channel, Instant now, Instant until);

    /**
     * People of the channel to remind about the post: answered there before, not this post, reminders
     * on (their choice, else {@code channelDefault} unless they opted out of leaderboards), and no
     * reminder claimed for them since {@code quietSince} (at most one a day).
     */
    List<Candidate> candidates(ChannelRef channel, long postId, boolean channelDefault, Instant quietSince);

    /** Takes the reminder of this person and post; false if it was sent or another caller holds a fresh claim. */
    boolean claim(UserRef user, long postId, Instant now, Instant staleBefore);

    void markSent(UserRef user, long postId, Instant at);

    /** Gives a claim back after the platform refused the DM, so a later tick retries. */
    void release(UserRef user, long postId);
}
