package dev.mledrill.rubric;

import java.util.List;

/** Which of a question's key points an answer covered; both empty when scored without a question. */
public record KeyPointCoverage(List<String> covered, List<String> missed) {
    public static final KeyPointCoverage NONE = new KeyPointCoverage(List.of(), List.of());

    public KeyPointCoverage {
        covered = List.copyOf(covered);
        missed = List.copyOf(missed);
    }
}
