package dev.mledrill.leaderboard;

import dev.mledrill.rubric.Criterion;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A user's average share of one criterion's points (0..1) over their scored answers: overall,
 * over the recent span and over the span before it (empty when they had no answer then).
 */
public record CriterionTrend(
        Criterion criterion, double overall, OptionalDouble recent, OptionalDouble previous, int answers) {
    public CriterionTrend {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(recent, "recent");
        Objects.requireNonNull(previous, "previous");
    }

    /** Recent minus previous, when both exist. */
    public OptionalDouble change() {
        return recent.isPresent() && previous.isPresent()
                ? OptionalDouble.of(recent.getAsDouble() - previous.getAsDouble())
                : OptionalDouble.empty();
    }
}
