package dev.mledrill.leaderboard;

import java.util.Objects;

/** One row of the streak board: ranked by current streak, then longest, then user id. */
public record StreakStanding(int rank, String userId, String displayName, int current, int longest) {
    public StreakStanding {
        Objects.requireNonNull(userId, "userId");
        displayName = displayName == null || displayName.isBlank() ? userId : displayName;
        if (rank < 1 || current < 0 || longest < current) {
            throw new IllegalArgumentException("bad streak standing for " + userId);
        }
    }
}
