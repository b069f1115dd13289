package dev.mledrill.leaderboard;

/** How many of a user's answers (not withdrawn) were flagged as near copies and do not count. */
public record FlaggedAnswers(int copied, int recycled) {
    public FlaggedAnswers {
        if (copied < 0 || recycled < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    public int total() {
        return copied + recycled;
    }
}
