package dev.mledrill.drill;

import dev.mledrill.drill.copies.CopyChecks;
import java.util.Objects;

/** The storage ports the drill use cases write through. */
public record DrillStores(AnswerStore answers, ScoreStore scores, QuestionThreads threads, CopyChecks copies) {
    public DrillStores {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(threads, "threads");
        Objects.requireNonNull(copies, "copies");
    }
}
