package dev.mledrill.rubric;

import java.util.List;
import java.util.Objects;

/** Points earned on one criterion, with the quotes that earned them and a tip to earn more. */
public record CriterionScore(Criterion criterion, double points, double max, List<Evidence> evidence, String tip) {
    public CriterionScore {
        Objects.requireNonNull(criterion, "criterion");
        evidence = List.copyOf(evidence);
        tip = tip == null ? "" : tip;
        if (points < 0 || points > max + 1e-9) {
            throw new IllegalArgumentException(criterion.id() + ": points " + points + " outside 0.." + max);
        }
    }
}
