package dev.mledrill.progress;

import dev.mledrill.rubric.Criterion;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a person loses points: a criterion with the points lost on it (available minus earned)
 * summed over a span of their answers. Lost points, not shares, so a heavy criterion that is
 * half-missed outranks a light one that is wholly missed, as it does in the total.
 */
public record WeakArea(Criterion criterion, double lost, double available, int answers) {

    public WeakArea {
        Objects.requireNonNull(criterion, "criterion");
    }

    /** The criteria of these answers, most points lost first (ties: the rubric's order). */
    public static List<WeakArea> ranked(List<ScoredAttempt> attempts) {
        Map<Criterion, double[]> sums = new EnumMap<>(Criterion.class);
        for (ScoredAttempt attempt : attempts) {
            attempt.criteria().forEach((criterion, points) -> {
                double[] sum = sums.computeIfAbsent(criterion, c -> new double[2]);
                sum[0] += points.lost();
                sum[1] += points.max();
            });
        }
        return sums.entrySet().stream()
                .filter(e -> e.getValue()[1] > 0)
                .map(e -> new WeakArea(e.getKey(), e.getValue()[0], e.getValue()[1], attempts.size()))
                .sorted(Comparator.comparingDouble(WeakArea::lost).reversed().thenComparing(WeakArea::criterion))
                .toList();
    }
}
