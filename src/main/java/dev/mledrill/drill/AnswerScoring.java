package dev.mledrill.drill;

import dev.mledrill.question.Question;
import dev.mledrill.rubric.Score;
import dev.mledrill.rubric.Scorer;
import dev.mledrill.streak.StreakSummary;
import dev.mledrill.streak.Streaks;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/** Scores a stored answer's current revision, keeps the score, and reads the author's streak. */
final class AnswerScoring {
    private final DrillStores stores;
    private final Function<String, Optional<Question>> questions;
    private final Scorer scorer;
    private final Streaks streaks;
    private final Clock clock;

    AnswerScoring(DrillStores stores, Function<String, Optional<Question>> questions, Scorer scorer, Streaks streaks,
                  Clock clock) {
        this.stores = stores;
        this.questions = questions;
        this.scorer = scorer;
        this.streaks = streaks;
        this.clock = clock;
    }

    /**
     * Empty when the answer is gone or withdrawn, or when this revision was scored meanwhile (by the
     * recovery pass racing a live event, say): then the other scoring sends the feedback.
     */
    Optional<ScoredAnswer> score(long answerId) {
        Optional<StoredAnswer> stored = stores.answers().find(answerId).filter(a -> !a.withdrawn());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredAnswer answer = stored.get();
        Optional<Question> question = questions.apply(answer.target().questionId());
        Score score = scorer.score(AnswerText.forScoring(answer.body()), question);
        if (!stores.scores().save(answer.id(), answer.revision(), score, clock.instant())) {
            return Optional.empty();
        }
        StreakSummary streak = streaks.of(answer.user(), answer.streakChannel());
        return Optional.of(new ScoredAnswer(answer, question, score, streak));
    }
}
