package dev.mledrill.progress;

import dev.mledrill.question.Question;
import java.util.Objects;

/** A practice question and, in one sentence for the person, why it was chosen. */
public record PracticeChoice(Question question, String reason) {
    public PracticeChoice {
        Objects.requireNonNull(question, "question");
        reason = reason == null ? "" : reason;
    }
}
