package dev.mledrill.schedule;

/**
 * Where a channel-day's question stands. PENDING: chosen, not posted yet (new, or after a failed
 * attempt, then retried after {@code next_attempt_at}); CLAIMED: one poster owns it under a lease;
 * POSTED: on the platform; MISSED: the window closed before it could be posted (never posted late).
 */
public enum PostStatus {
    PENDING,
    CLAIMED,
    POSTED,
    MISSED
}
