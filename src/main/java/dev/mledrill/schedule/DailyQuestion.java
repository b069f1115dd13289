package dev.mledrill.schedule;

import dev.mledrill.question.Question;
import java.util.Objects;

/** A channel's question of one drill day: its stored row, the question, and the drill's times. */
public record DailyQuestion(PostedQuestion post, Question question, DrillOccurrence occurrence) {
    public DailyQuestion {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(occurrence, "occurrence");
    }
}
