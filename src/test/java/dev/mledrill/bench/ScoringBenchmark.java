package dev.mledrill.bench;

import dev.mledrill.rubric.Rubric;
import dev.mledrill.rubric.RubricScorer;
import dev.mledrill.rubric.Score;
import dev.mledrill.rubric.Tokenizer;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scoring speed bar: one 150-word answer scored (goal at least 20,000 answers/s on one core),
 * beside one tokenizing pass over the same text, so the cost of scoring is seen as a multiple of
 * reading the text once (goal at most 10x). Run as README "Performance" shows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ScoringBenchmark {
    private final RubricScorer scorer = new RubricScorer(Rubric.defaults());
    private final String answer = BenchAnswers.WORDS_150;

    @Benchmark
    public Score score150Words() {
        return scorer.score(answer, Optional.empty());
    }

    @Benchmark
    public Object tokenize150Words() {
        return Tokenizer.tokenize(answer);
    }
}
