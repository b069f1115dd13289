package dev.mledrill.progress;

import dev.mledrill.rubric.Criterion;

/** How the criteria are named in a sentence ("you lose most points on fallback plans"). */
final class CriterionWords {
    private CriterionWords() {}

    static String topic(Criterion criterion) {
        return switch (criterion) {
            case OUTCOME -> "opening with the user outcome";
            case EVIDENCE -> "measured figures";
            case CONSISTENCY -> "quality against a baseline";
            case BUDGET -> "battery and compute budgets";
            case TRADEOFF -> "trade-off reasoning";
            case PRIVACY -> "keeping data on the device";
            case FALLBACK -> "fallback plans";
        };
    }

    /** A short label for chart legends and axes. */
    static String label(Criterion criterion) {
        return switch (criterion) {
            case OUTCOME -> "User outcome";
            case EVIDENCE -> "Measured impact";
            case CONSISTENCY -> "Baseline quality";
            case BUDGET -> "Budget";
            case TRADEOFF -> "Trade-offs";
            case PRIVACY -> "Privacy";
            case FALLBACK -> "Fallback";
        };
    }
}
