package dev.mledrill.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mledrill.question.Question;
import dev.mledrill.question.QuestionBankLoader;
import dev.mledrill.rubric.Rubric;
import dev.mledrill.rubric.RubricLoader;
import dev.mledrill.rubric.RubricScorer;
import dev.mledrill.rubric.Score;
import dev.mledrill.rubric.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scoring speed bar (goal at least 20,000 answers/s on one core): one 150-word answer scored
 * without a question, beside one tokenizing pass over the same text (goal at most 10x), and a
 * varied corpus scored with its question: every model answer of the bank, its halves, and the
 * hand-graded answers of the test resources, each paired with its own question and with a random
 * other one (about 1,000 pairs over the whole bank), taken in turn. Run from the project root
 * (it reads questions/ and config/rubric.yaml) as README "Performance" shows.
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
    private RubricScorer withBank;
    private String[] answers;
    private Question[] questions;
    private int next;

    @Setup
    public void corpus() throws IOException {
        List<Question> bank = QuestionBankLoader.load(Path.of("questions")).all();
        withBank = new RubricScorer(RubricLoader.load(RubricLoader.DEFAULT_FILE), () -> bank);
        Random random = new Random(42);
        List<String> texts = new ArrayList<>();
        List<Question> asked = new ArrayList<>();
        for (Question q : bank) {
            List<String> outline = q.modelAnswer();
            for (String text :
                    List.of(q.modelAnswerText(), String.join(" ", outline.subList(0, outline.size() / 2 + 1)))) {
                texts.add(text);
                asked.add(q);
                texts.add(text);
                asked.add(bank.get(random.nextInt(bank.size())));
            }
        }
        for (String resource :
                List.of("/rubric/calibration.jsonl", "/rubric/varied.jsonl", "/rubric/keypoints.jsonl")) {
            for (String text : graded(resource)) {
                for (int i = 0; i < 2; i++) {
                    texts.add(text);
                    asked.add(bank.get(random.nextInt(bank.size())));
                }
            }
        }
        answers = texts.toArray(String[]::new);
        questions = asked.toArray(Question[]::new);
    }

    private static List<String> graded(String resource) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(ScoringBenchmark.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    out.add(n.path("answer").asText());
                }
            }
        }
        return out;
    }

    @Benchmark
    public Score score150Words() {
        return scorer.score(answer, Optional.empty());
    }

    @Benchmark
    public Object tokenize150Words() {
        return Tokenizer.tokenize(answer);
    }

    /** One answer of the varied corpus scored with a question; the next call takes the next pair. */
    @Benchmark
    public Score scoreVariedWithQuestion() {
        int i = next;
        next = i + 1 == answers.length ? 0 : i + 1;
        return withBank.score(answers[i], Optional.of(questions[i]));
    }

    /** Size of the varied corpus, for the record. */
    public int corpusSize() {
        return answers.length;
    }
}
