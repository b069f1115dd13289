package dev.mledrill.leaderboard;

/**
 * How many of a user's answers (not withdrawn) were flagged: near copies ({@code copied},
 * {@code recycled}) do not count; {@code offTopic} ones count with the few points they kept.
 */
public record FlaggedAnswers(int copied, int recycled, int offTopic) {
    public FlaggedAnswers {
        if (copied < 0 || recycled < 0 || offTopic < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    public FlaggedAnswers(int copied, int recycled) {
        this(copied, recycled, 0);
    }

    /** Answers that do not count (near copies). */
    public int total() {
        return copied + recycled;
    }
}
