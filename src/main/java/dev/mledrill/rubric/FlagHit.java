package dev.mledrill.rubric;

import java.util.List;
import java.util.Objects;

/** A red flag found in an answer, before the rubric prices it. */
record FlagHit(RedFlagKind kind, String explanation, List<Evidence> evidence) {
    FlagHit {
        Objects.requireNonNull(kind, "kind");
        evidence = List.copyOf(evidence);
    }
}
