package dev.mledrill.schedule;

import dev.mledrill.rubric.Criterion;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the answers to one posted question add up to when its window closes (in-window,
 * non-withdrawn answers only).
 *
 * @param answerCount how many answers were given
 * @param best        each person's best current score, highest first
 * @param scoredCount how many answers have a current score
 * @param missedBy    per criterion, how many scored answers missed it (earned at most a quarter of its points)
 * @param copiesNotCounted how many of the answers were flagged as near copies (copied or recycled): they are in
 *                    {@code answerCount} but in none of the other figures
 * @param offTopic    how many counted answers were flagged off topic (written for another question)
 * @param followUpsAnswered how many follow-up probes on the answers were answered
 */
public record WrapUpFacts(int answerCount, List<Best> best, int scoredCount, Map<Criterion, Integer> missedBy,
                          int copiesNotCounted, int offTopic, int followUpsAnswered) {

    /** One person's best score; {@code optedOut} people are never named. */
    public record Best(String displayName, boolean optedOut, double total) {
    }

    public WrapUpFacts {
        best = List.copyOf(best);
        missedBy = missedBy.isEmpty() ? Map.of() : new EnumMap<>(missedBy);
        Objects.requireNonNull(missedBy, "missedBy");
    }

    public WrapUpFacts(int answerCount, List<Best> best, int scoredCount, Map<Criterion, Integer> missedBy,
                       int copiesNotCounted, int offTopic) {
        this(answerCount, best, scoredCount, missedBy, copiesNotCounted, offTopic, 0);
    }

    public WrapUpFacts(int answerCount, List<Best> best, int scoredCount, Map<Criterion, Integer> missedBy) {
        this(answerCount, best, scoredCount, missedBy, 0, 0);
    }

    public WrapUpFacts(int answerCount, List<Best> best, int scoredCount, Map<Criterion, Integer> missedBy,
                       int copiesNotCounted) {
        this(answerCount, best, scoredCount, missedBy, copiesNotCounted, 0);
    }
}
