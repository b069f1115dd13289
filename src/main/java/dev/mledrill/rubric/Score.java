package dev.mledrill.rubric;

import java.util.List;
import java.util.Objects;

/**
 * The explained result of scoring one answer: total out of 100, its band, points per criterion
 * with evidence, red flags with deductions, key-point coverage, one rewrite tip, rubric version.
 */
public record Score(
        double total,
        String band,
        List<CriterionScore> criteria,
        List<RedFlag> redFlags,
        KeyPointCoverage keyPoints,
        String tip,
        String rubricVersion) {

    public Score {
        if (total < 0 || total > 100) {
            throw new IllegalArgumentException("total " + total + " outside 0..100");
        }
        Objects.requireNonNull(band, "band");
        criteria = List.copyOf(criteria);
        redFlags = List.copyOf(redFlags);
        keyPoints = keyPoints == null ? KeyPointCoverage.NONE : keyPoints;
        tip = tip == null ? "" : tip;
        Objects.requireNonNull(rubricVersion, "rubricVersion");
    }

    public CriterionScore criterion(Criterion criterion) {
        return criteria.stream()
                .filter(c -> c.criterion() == criterion)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no score for " + criterion.id()));
    }
}
