package dev.mledrill.rubric;

/**
 * How relevance (0..1, see {@link RelevanceJudge}) turns into points: below {@code offTopicBelow}
 * an answer is off topic and keeps {@code offTopicKept} of its points; from {@code fullFrom} on it
 * keeps them all; in between the share kept rises in proportion.
 */
public record RelevanceRule(double offTopicBelow, double fullFrom, double offTopicKept) {
    public static final RelevanceRule DEFAULTS = new RelevanceRule(0.2, 0.45, 0.2);

    public RelevanceRule {
        if (offTopicBelow < 0 || fullFrom > 1 || offTopicBelow >= fullFrom) {
            throw new IllegalArgumentException(
                    "relevance thresholds must satisfy 0 <= off_topic_below < full_from <= 1, not " + offTopicBelow
                            + " and " + fullFrom);
        }
        if (offTopicKept < 0 || offTopicKept > 1) {
            throw new IllegalArgumentException("relevance off_topic_kept " + offTopicKept + " outside 0..1");
        }
    }

    /** The share of its points an answer of this relevance keeps. */
    public double kept(double relevance) {
        if (relevance >= fullFrom) {
            return 1;
        }
        double f = Math.max(0, (relevance - offTopicBelow) / (fullFrom - offTopicBelow));
        return offTopicKept + (1 - offTopicKept) * f;
    }

    public boolean offTopic(double relevance) {
        return relevance < offTopicBelow;
    }
}
