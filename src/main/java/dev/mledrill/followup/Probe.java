package dev.mledrill.followup;

import dev.mledrill.rubric.Criterion;
import java.util.Objects;

/** One follow-up question aimed at an answer's weakest criterion. */
public record Probe(Criterion criterion, String text) {
    public Probe {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a probe needs a text");
        }
    }
}
