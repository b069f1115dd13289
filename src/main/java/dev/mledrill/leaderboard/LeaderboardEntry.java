package dev.mledrill.leaderboard;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of a points leaderboard.
 *
 * @param points        sum of the user's best current score per posted question in the period
 * @param answers       how many posted questions the user answered in the period
 * @param firstAnswerAt the user's first counted answer in the period (a tie-break)
 */
public record LeaderboardEntry(
        int rank,
        String userId,
        String displayName,
        double points,
        int answers,
        Instant firstAnswerAt,
        int currentStreak) {
    public LeaderboardEntry {
        Objects.requireNonNull(userId, "userId");
        displayName = displayName == null || displayName.isBlank() ? userId : displayName;
        Objects.requireNonNull(firstAnswerAt, "firstAnswerAt");
        if (rank < 1 || answers < 0 || currentStreak < 0) {
            throw new IllegalArgumentException("bad leaderboard entry for " + userId);
        }
    }
}
