package dev.mledrill.rubric;

import java.util.List;

/** A red flag found in an answer, before the rubric prices it. */
record FlagHit(String id, String explanation, List<Evidence> evidence) {
    static final String HEDGE = "hedge";
    static final String UNMEASURED = "unmeasured_technique";
    static final String RESEARCH_FIRST = "research_first";
    static final String STUFFING = "keyword_stuffing";
    static final String RAMBLING = "rambling";
    static final List<String> IDS = List.of(HEDGE, UNMEASURED, RESEARCH_FIRST, STUFFING, RAMBLING);

    FlagHit {
        evidence = List.copyOf(evidence);
    }
}
