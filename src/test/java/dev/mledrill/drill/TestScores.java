package dev.mledrill.drill;

import dev.mledrill.question.Difficulty;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.AskedQuestion;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.rubric.CriterionScore;
import dev.mledrill.rubric.KeyPointCoverage;
import dev.mledrill.rubric.Score;
import dev.mledrill.rubric.Scorer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Small test doubles for the rubric side: a scorer that records what it saw. */
public final class TestScores {
    private TestScores() {}

    public static Question question(String id, String category) {
        return new Question(
                id,
                category,
                Difficulty.MEDIUM,
                "How would you cut the latency of model " + id + "?",
                Set.of(Criterion.OUTCOME, Criterion.EVIDENCE),
                List.of("names the user outcome"),
                List.of("outcome first", "numbers"),
                List.of("latency"));
    }

    public static Score score(double total) {
        return new Score(
                total,
                total >= 60 ? "good" : "weak",
                List.of(
                        new CriterionScore(Criterion.OUTCOME, 10, 15, List.of(), "open with the user"),
                        new CriterionScore(Criterion.EVIDENCE, 5, 20, List.of(), "give a before and after")),
                List.of(),
                KeyPointCoverage.NONE,
                "Start from what the user feels.",
                "test-1");
    }

    /** Scores every answer by its length (capped), remembering the texts it was given. */
    public static final class RecordingScorer implements Scorer {
        public final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public Score score(String answer, Optional<? extends AskedQuestion> question) {
            seen.add(answer);
            return TestScores.score(Math.min(100, answer.length()));
        }

        @Override
        public String rubricVersion() {
            return "test-1";
        }
    }

    /** A scorer that always fails, as a broken rubric file or a bug would. */
    public static final class FailingScorer implements Scorer {
        @Override
        public Score score(String answer, Optional<? extends AskedQuestion> question) {
            throw new IllegalStateException("scorer is broken");
        }

        @Override
        public String rubricVersion() {
            return "test-1";
        }
    }
}
