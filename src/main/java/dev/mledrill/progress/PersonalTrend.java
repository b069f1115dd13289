package dev.mledrill.progress;

import dev.mledrill.rubric.Criterion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's progress over their answers, oldest first: each answer's total score, and for each
 * criterion the share of its points earned over a rolling window of answers (so one odd answer
 * moves the line a little, not all the way), in percent.
 */
public record PersonalTrend(
        List<Instant> answeredAt, List<Double> totals, Map<Criterion, List<Double>> rollingShare, int window) {
    /** Answers per rolling window. */
    public static final int WINDOW = 5;

    public PersonalTrend {
        answeredAt = List.copyOf(answeredAt);
        totals = List.copyOf(totals);
        Map<Criterion, List<Double>> copy = new EnumMap<>(Criterion.class);
        rollingShare.forEach((c, values) -> copy.put(c, List.copyOf(values)));
        rollingShare = java.util.Collections.unmodifiableMap(copy);
    }

    public static PersonalTrend of(List<ScoredAttempt> attempts) {
        return of(attempts, WINDOW);
    }

    static PersonalTrend of(List<ScoredAttempt> attempts, int window) {
        Set<Criterion> criteria = EnumSet.noneOf(Criterion.class);
        attempts.forEach(a -> criteria.addAll(a.criteria().keySet()));
        Map<Criterion, List<Double>> shares = new EnumMap<>(Criterion.class);
        for (Criterion criterion : criteria) {
            List<Double> line = new ArrayList<>();
            for (int i = 0; i < attempts.size(); i++) {
                double earned = 0;
                double max = 0;
                for (ScoredAttempt a : attempts.subList(Math.max(0, i - window + 1), i + 1)) {
                    ScoredAttempt.Points p = a.criteria().get(criterion);
                    if (p != null) {
                        earned += p.earned();
                        max += p.max();
                    }
                }
                line.add(max > 0 ? 100 * earned / max : null);
            }
            if (line.stream().anyMatch(v -> v != null)) {
                shares.put(criterion, line);
            }
        }
        return new PersonalTrend(
                attempts.stream().map(ScoredAttempt::at).toList(),
                attempts.stream().map(ScoredAttempt::total).toList(),
                nullsKept(shares),
                window);
    }

    /** List.copyOf refuses nulls; a criterion a window never scored is a gap in its line. */
    private static Map<Criterion, List<Double>> nullsKept(Map<Criterion, List<Double>> shares) {
        Map<Criterion, List<Double>> filled = new EnumMap<>(Criterion.class);
        shares.forEach((c, line) ->
                filled.put(c, line.stream().map(v -> v == null ? Double.NaN : v).toList()));
        return filled;
    }

    public int size() {
        return totals.size();
    }
}
