package dev.mledrill.streak;

/**
 * A user's practice streak in one scope (a channel, or a workspace when configured so).
 *
 * @param current      consecutive scheduled drill days answered inside the window, up to today
 * @param longest      the longest such run ever
 * @param freezesUsed  freezes spent this month to cover missed days
 * @param freezesLeft  freezes still available this month
 */
public record StreakSummary(int current, int longest, int freezesUsed, int freezesLeft) {
    public static final StreakSummary NONE = new StreakSummary(0, 0, 0, 0);

    public StreakSummary {
        if (current < 0 || longest < current || freezesUsed < 0 || freezesLeft < 0) {
            throw new IllegalArgumentException("inconsistent streak " + current + "/" + longest);
        }
    }
}
