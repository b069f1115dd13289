package dev.mledrill.progress;

import dev.mledrill.chat.ChannelRef;
import java.time.Instant;
import java.time.LocalDate;

/** The claim on each channel's weekly wrap-up (one per channel and week), as for posts. */
public interface WeeklySummaries {

    /** True if this caller now holds the week's wrap-up: new, or a claim older than {@code staleBefore} never posted. */
    boolean claim(ChannelRef channel, LocalDate weekStart, Instant now, Instant staleBefore);

    void markPosted(ChannelRef channel, LocalDate weekStart, Instant at);

    /** Gives the claim back after the platform refused the post, so a later tick retries. */
    void release(ChannelRef channel, LocalDate weekStart);
}
