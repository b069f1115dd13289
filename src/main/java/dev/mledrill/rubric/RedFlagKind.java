package dev.mledrill.rubric;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The red flags an answer can raise. Their ids ({@code hedge}, {@code off_topic}, ...) are what the
 * score JSON, the stored scores and {@code rubric.yaml} say; never rename one. The first five are
 * found in the answer alone and priced under {@code red_flags:} in the rubric; the off-topic two
 * come from relevance to the question and are priced by it.
 */
public enum RedFlagKind {
    HEDGE(true),
    UNMEASURED_TECHNIQUE(true),
    RESEARCH_FIRST(true),
    KEYWORD_STUFFING(true),
    RAMBLING(true),
    OFF_TOPIC(false),
    PARTLY_OFF_TOPIC(false);

    private final String id;
    private final boolean priced;

    RedFlagKind(boolean priced) {
        this.id = name().toLowerCase(Locale.ROOT);
        this.priced = priced;
    }

    public String id() {
        return id;
    }

    /** Whether the rubric configures its deduction (the off-topic flags are priced by relevance instead). */
    public boolean priced() {
        return priced;
    }

    /** The kinds whose deduction the rubric configures, in the rubric's order. */
    public static List<RedFlagKind> pricedKinds() {
        return Arrays.stream(values()).filter(RedFlagKind::priced).toList();
    }

    public static Optional<RedFlagKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
