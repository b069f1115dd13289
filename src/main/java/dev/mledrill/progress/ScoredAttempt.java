package dev.mledrill.progress;

import dev.mledrill.rubric.Criterion;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One scored answer as progress sees it: when it was given, its total (0..100) and the points
 * earned and available on each criterion under its current score.
 */
public record ScoredAttempt(
        Instant at, String questionId, boolean practice, double total, Map<Criterion, Points> criteria) {

    /** Points earned of those available on one criterion. */
    public record Points(double earned, double max) {
        public Points {
            if (max < 0 || earned < 0 || earned > max + 1e-9) {
                throw new IllegalArgumentException("points " + earned + " outside 0.." + max);
            }
        }

        public double lost() {
            return Math.max(0, max - earned);
        }
    }

    public ScoredAttempt {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(questionId, "questionId");
        criteria = criteria.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(criteria));
    }
}
