package dev.mledrill.metrics;

import dev.mledrill.rubric.AskedQuestion;
import dev.mledrill.rubric.Score;
import dev.mledrill.rubric.Scorer;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Counts and times each scoring. */
public final class MeteredScorer implements Scorer {
    private final Scorer scorer;
    private final Metrics metrics;

    public MeteredScorer(Scorer scorer, Metrics metrics) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public Score score(String answer, Optional<? extends AskedQuestion> question) {
        long start = System.nanoTime();
        Score score = scorer.score(answer, question);
        metrics.answerScored(Duration.ofNanos(System.nanoTime() - start));
        return score;
    }

    @Override
    public String rubricVersion() {
        return scorer.rubricVersion();
    }
}
