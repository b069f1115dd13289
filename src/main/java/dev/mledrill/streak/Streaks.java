package dev.mledrill.streak;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.UserRef;

/** Streaks computed from stored answers (never kept as counters that can drift). */
public interface Streaks {
    StreakSummary of(UserRef user, ChannelRef channel);
}
