package dev.mledrill.streak;

import java.util.Objects;

/**
 * How streaks are counted: per channel or across the workspace, and how many freezes per
 * calendar month (of the missed day, in the channel's zone) may cover missed drill days.
 */
public record StreakPolicy(Scope scope, int freezesPerMonth) {
    public static final StreakPolicy DEFAULT = new StreakPolicy(Scope.CHANNEL, 2);

    public StreakPolicy {
        Objects.requireNonNull(scope, "scope");
        if (freezesPerMonth < 0 || freezesPerMonth > 31) {
            throw new IllegalArgumentException("freezes per month must be 0..31, not " + freezesPerMonth);
        }
    }
}
