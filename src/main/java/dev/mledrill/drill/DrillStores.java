package dev.mledrill.drill;

import java.util.Objects;

/** The storage ports the drill use cases write through. */
public record DrillStores(AnswerStore answers, ScoreStore scores, QuestionThreads threads) {
    public DrillStores {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(threads, "threads");
    }
}
