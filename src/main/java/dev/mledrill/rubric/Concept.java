package dev.mledrill.rubric;

/**
 * What a word or phrase of an answer can stand for. The lexicon (lexicon.txt) tags tokens
 * with these; detectors read the tags sentence by sentence.
 * {@code term}: a rubric term (counts towards keyword density).
 * {@code keyPointGroup}: words of this concept stand in for each other when key points are matched.
 */
enum Concept {
    USER(true, true),
    USER_VERB(false, false),
    EXPERIENCE(true, true),
    LATENCY(true, true),
    ENERGY(true, true),
    MEMORY(true, true),
    QUALITY(true, true),
    BASELINE(true, true),
    LOCAL(true, true),
    PRIVACY(true, true),
    DATA(false, false),
    UPLOAD(false, false),
    NEGATION(false, false),
    DEVICE(true, true),
    DEVICE_TIER(false, false),
    ACCELERATOR(true, true),
    QUANTIZATION(true, true),
    PRUNING(true, true),
    DISTILLATION(true, true),
    ARCHITECTURE(true, true),
    TARGET(false, false),
    TOLERANCE(false, false),
    CHOICE(false, false),
    REJECT(false, false),
    COMPARE(false, false),
    REASON(false, false),
    COST(false, false),
    CONDITION(false, false),
    RISK(false, false),
    FALLBACK(true, true),
    MONITOR(false, false),
    HEDGE(false, false),
    MATH(false, false),
    HISTORY(false, false),
    RUBRIC_WORD(true, false),
    CHANGE_VERB(false, false),
    COMPARATIVE(false, false),
    CHECK(false, false),
    VERB(false, false),
    FUNCTION(false, false);

    static final long TECHNIQUE = QUANTIZATION.bit | PRUNING.bit | DISTILLATION.bit | ARCHITECTURE.bit;
    static final long TERMS;
    static final long KEY_POINT_GROUPS;

    static {
        long terms = 0;
        long groups = 0;
        for (Concept c : values()) {
            terms |= c.term ? c.bit : 0;
            groups |= c.keyPointGroup ? c.bit : 0;
        }
        TERMS = terms;
        KEY_POINT_GROUPS = groups;
    }

    final long bit;
    final boolean term;
    final boolean keyPointGroup;

    Concept(boolean term, boolean keyPointGroup) {
        this.bit = 1L << ordinal();
        this.term = term;
        this.keyPointGroup = keyPointGroup;
    }

    boolean in(long mask) {
        return (mask & bit) != 0;
    }
}
