package dev.mledrill.rubric;

/** Reads an analysed answer for one rubric criterion. */
interface CriterionDetector {
    Finding assess(Analysis answer);

    static CriterionDetector[] all() {
        return new CriterionDetector[] {
            new OutcomeDetector(),
            new EvidenceDetector(),
            new ConsistencyDetector(),
            new BudgetDetector(),
            new TradeoffDetector(),
            new PrivacyDetector(),
            new FallbackDetector(),
        };
    }
}
