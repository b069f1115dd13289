package dev.mledrill.rubric;

import java.util.List;
import java.util.Objects;

/** A red flag found in an answer: what it is, why it costs points, and how many. */
public record RedFlag(RedFlagKind kind, String explanation, double deduction, List<Evidence> evidence) {
    public RedFlag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(explanation, "explanation");
        evidence = List.copyOf(evidence);
    }

    /** The flag's id in JSON, the store and {@code rubric.yaml}: {@code hedge}, {@code off_topic}, ... */
    public String id() {
        return kind.id();
    }
}
