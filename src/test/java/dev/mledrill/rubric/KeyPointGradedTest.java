package dev.mledrill.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mledrill.question.Question;
import dev.mledrill.question.QuestionBank;
import dev.mledrill.question.QuestionBankLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Key points matched by meaning, on a hand-graded set (keypoints.jsonl): answers to ten bank
 * questions, paraphrases and near misses among them, each labelled with the key points a careful
 * reader says it covers. Micro F1 of "covered" over every (answer, key point) pair.
 */
class KeyPointGradedTest {
    private static final QuestionBank BANK = QuestionBankLoader.load(java.nio.file.Path.of("questions"));

    record Graded(Question question, String answer, Set<Integer> covered) {}

    static List<Graded> load() {
        List<Graded> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(KeyPointGradedTest.class.getResourceAsStream("/rubric/keypoints.jsonl")),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                Question q = BANK.find(n.path("question").asText()).orElseThrow();
                Set<Integer> covered = new HashSet<>();
                n.path("covered").forEach(k -> covered.add(k.asInt()));
                out.add(new Graded(q, n.path("answer").asText(), covered));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    @Test
    @DisplayName("the graded set holds at least 40 answers over at least 10 questions")
    void setSize() {
        List<Graded> set = load();

        assertThat(set).hasSizeGreaterThanOrEqualTo(40);
        assertThat(set.stream().map(g -> g.question().id()).distinct().count()).isGreaterThanOrEqualTo(10);
    }

    @Test
    @DisplayName("covered key points agree with the graders: micro F1 of at least 0.85")
    void microF1() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Graded g : load()) {
            List<String> points = g.question().keyPoints();
            List<String> covered = KeyPoints.coverage(points, g.answer()).covered();
            for (int k = 0; k < points.size(); k++) {
                boolean found = covered.contains(points.get(k));
                boolean wanted = g.covered().contains(k);
                tp += found && wanted ? 1 : 0;
                fp += found && !wanted ? 1 : 0;
                fn += !found && wanted ? 1 : 0;
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        double f1 = 2 * precision * recall / (precision + recall);

        System.out.printf(
                Locale.ROOT,
                "key points: precision %.3f, recall %.3f, F1 %.3f (tp %d, fp %d, fn %d)%n",
                precision,
                recall,
                f1,
                tp,
                fp,
                fn);
        assertThat(f1).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    @DisplayName("a key point's words scattered over unrelated sentences do not cover it")
    void scatteredWordsDoNotCover() {
        List<String> point = List.of("has a remote kill switch and rolls back automatically on a breached gate");
        String scattered = "Our remote team owns the release. We keep a light switch by the door. The gate at the"
                + " office opens automatically. Nobody rolls dice here. Users liked the new colours. The fence was"
                + " breached once.";
        String stated =
                "A remote kill switch turns the model off, and it rolls back automatically when a gate is breached.";

        assertThat(KeyPoints.coverage(point, scattered).covered()).isEmpty();
        assertThat(KeyPoints.coverage(point, stated).covered()).containsExactlyElementsOf(point);
    }

    @Test
    @DisplayName("a covered key point is reported with the sentence that covered it")
    void quoteOfCoveringSentence() {
        List<String> point = List.of("loads lazily or in the background instead of on the launch path");
        String answer = "Launch on a Galaxy A14 went from 2.1 s to 1.2 s. The model now loads lazily on a background"
                + " thread, off the launch path.";

        KeyPointCoverage c = KeyPoints.coverage(point, answer);

        assertThat(c.covered()).containsExactlyElementsOf(point);
        assertThat(c.quotes())
                .singleElement()
                .satisfies(e -> assertThat(e.quote()).startsWith("The model now loads lazily"));
    }
}
