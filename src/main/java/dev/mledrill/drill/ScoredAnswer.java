package dev.mledrill.drill;

import dev.mledrill.chat.FeedbackMessage;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Score;
import dev.mledrill.streak.StreakSummary;
import java.util.Objects;
import java.util.Optional;

/** A stored answer with the score of its current revision and the author's streak after it. */
public record ScoredAnswer(StoredAnswer answer, Optional<Question> question, Score score, StreakSummary streak) {
    public ScoredAnswer {
        Objects.requireNonNull(answer, "answer");
        question = question == null ? Optional.empty() : question;
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(streak, "streak");
    }

    /** The feedback for a chat adapter; {@code rescored} when it follows an edit. */
    public FeedbackMessage feedback(FeedbackMode mode, boolean rescored) {
        return new FeedbackMessage(answer.channel(), answer.target().threadId(), answer.messageId(), answer.user(), mode,
                question.orElse(null), score, streak.current(), streak.longest(), answer.late(), answer.practice(),
                rescored);
    }
}
