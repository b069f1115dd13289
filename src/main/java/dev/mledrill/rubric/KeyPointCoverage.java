package dev.mledrill.rubric;

import java.util.List;

/**
 * Which of a question's key points an answer covered, with the quote that covered each
 * ({@code quotes} runs parallel to {@code covered}), and the points the answer lost for those it
 * missed. All empty when scored without a question.
 */
public record KeyPointCoverage(List<String> covered, List<String> missed, List<Evidence> quotes, double deduction) {
    public static final KeyPointCoverage NONE = new KeyPointCoverage(List.of(), List.of());

    public KeyPointCoverage {
        covered = List.copyOf(covered);
        missed = List.copyOf(missed);
        quotes = List.copyOf(quotes);
        if (!quotes.isEmpty() && quotes.size() != covered.size()) {
            throw new IllegalArgumentException(quotes.size() + " quotes for " + covered.size() + " covered key points");
        }
        if (deduction < 0) {
            throw new IllegalArgumentException("deduction " + deduction + " is negative");
        }
    }

    public KeyPointCoverage(List<String> covered, List<String> missed) {
        this(covered, missed, List.of(), 0);
    }

    /** Share of the key points covered; 1 when there are none to cover. */
    public double share() {
        int all = covered.size() + missed.size();
        return all == 0 ? 1 : (double) covered.size() / all;
    }

    KeyPointCoverage withDeduction(double points) {
        return new KeyPointCoverage(covered, missed, quotes, points);
    }
}
