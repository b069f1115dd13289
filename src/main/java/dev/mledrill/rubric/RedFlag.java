package dev.mledrill.rubric;

import java.util.List;
import java.util.Objects;

/** A red flag found in an answer: what it is, why it costs points, and how many. */
public record RedFlag(String id, String explanation, double deduction, List<Evidence> evidence) {
    public RedFlag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(explanation, "explanation");
        evidence = List.copyOf(evidence);
    }
}
