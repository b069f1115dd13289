package dev.mledrill.schedule;

import dev.mledrill.rubric.Criterion;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * @param answers     each person's best counted answer with its text, in the order of {@code best} (for the reveal
 *                    of private answers)
 */
public record WrapUpFacts(
        int answerCount,
        List<Best> best,
        int scoredCount,
        Map<Criterion, Integer> missedBy,
        int copiesNotCounted,
        int offTopic,
        int followUpsAnswered,
        List<Answer> answers) {

    /** One person's best score; {@code optedOut} people are never named. */
    public record Best(String displayName, boolean optedOut, double total) {}

    /**
     * One person's best counted answer: who ({@code optedOut} people are never named), whether they keep its text
     * out of reveals ({@code textHidden}), its score, its strongest criterion, and its text.
     */
    public record Answer(
            String displayName,
            boolean optedOut,
            boolean textHidden,
            double total,
            Optional<Strength> strongest,
            String body) {
        public Answer {
            strongest = strongest == null ? Optional.empty() : strongest;
            body = body == null ? "" : body;
        }
    }

    /** The criterion where an answer earned the largest share of its points. */
    public record Strength(Criterion criterion, double points, double maxPoints) {
        public Strength {
            Objects.requireNonNull(criterion, "criterion");
        }
    }

    public WrapUpFacts {
        answers = answers == null ? List.of() : List.copyOf(answers);
        best = List.copyOf(best);
        missedBy = missedBy.isEmpty() ? Map.of() : new EnumMap<>(missedBy);
        Objects.requireNonNull(missedBy, "missedBy");
    }

    public WrapUpFacts(
            int answerCount,
            List<Best> best,
            int scoredCount,
            Map<Criterion, Integer> missedBy,
            int copiesNotCounted,
            int offTopic) {
        this(answerCount, best, scoredCount, missedBy, copiesNotCounted, offTopic, 0, List.of());
    }

    public WrapUpFacts(
            int answerCount,
            List<Best> best,
            int scoredCount,
            Map<Criterion, Integer> missedBy,
            int copiesNotCounted,
            int offTopic,
            int followUpsAnswered) {
        this(answerCount, best, scoredCount, missedBy, copiesNotCounted, offTopic, followUpsAnswered, List.of());
    }

    public WrapUpFacts(
            int answerCount,
            List<Best> best,
            int scoredCount,
            Map<Criterion, Integer> missedBy,
            int copiesNotCounted,
            int offTopic,
            List<Answer> answers) {
        this(answerCount, best, scoredCount, missedBy, copiesNotCounted, offTopic, 0, answers);
    }

    public WrapUpFacts(int answerCount, List<Best> best, int scoredCount, Map<Criterion, Integer> missedBy) {
        this(answerCount, best, scoredCount, missedBy, 0, 0);
    }

    public WrapUpFacts(
            int answerCount, List<Best> best, int scoredCount, Map<Criterion, Integer> missedBy, int copiesNotCounted) {
        this(answerCount, best, scoredCount, missedBy, copiesNotCounted, 0);
    }
}
