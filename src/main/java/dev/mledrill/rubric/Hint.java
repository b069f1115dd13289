package dev.mledrill.rubric;

/**
 * What a detector found missing in an answer; the first hint of a criterion's {@link Finding}
 * chooses its rewrite tip ({@link RewriteTips} has one for every hint, a test says so).
 */
enum Hint {
    OPENING,
    OUTCOME,
    TARGET,
    FIGURES,
    BEFORE_AFTER,
    DEVICE,
    QUALITY,
    BASELINE,
    TOLERANCE,
    RESOURCE,
    ENERGY,
    ENERGY_FIGURE,
    OPTIONS,
    DECISION,
    SCENARIO,
    COST,
    PRIVACY,
    PRIVACY_DATA,
    PLAN,
    TRIGGER
}
