package dev.mledrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mledrill.app.BundledContent;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.RubricScorer;
import dev.mledrill.rubric.ScoreJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchScoringTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BANK = Path.of("questions");

    private final QuestionLookup questions = new QuestionLookup(BANK);
    private final RubricScorer scorer =
            new RubricScorer(BundledContent.rubric(BundledContent.DEFAULT_RUBRIC), questions::all);

    @Test
    @DisplayName(
            "score --batch on many threads prints, line for line and in input order, what scoring each answer in turn gives")
    void parallelEqualsSequential(@TempDir Path dir) throws Exception {
        List<Question> bank = questions.all();
        Random random = new Random(12);
        List<String> lines = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < bank.size(); i++) {
            Question own = bank.get(i);
            List<String> outline = own.modelAnswer();
            String text = switch (i % 3) {
                case 0 -> own.modelAnswerText();
                case 1 -> String.join(" ", outline.subList(0, outline.size() / 2 + 1));
                default -> String.join("\n", outline.subList(outline.size() / 3, outline.size()));
            };
            Question asked = i % 4 == 0 ? own : bank.get(random.nextInt(bank.size()));
            Optional<Question> question = i % 5 == 0 ? Optional.empty() : Optional.of(asked);
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("id", "a" + i);
            in.put("answer", text);
            question.ifPresent(q -> in.put("question", q.id()));
            lines.add(JSON.writeValueAsString(in));
            ObjectNode result = JSON.createObjectNode();
            result.put("id", "a" + i);
            result.setAll((ObjectNode) JSON.readTree(ScoreJson.toJson(scorer.score(text, question))));
            expected.add(JSON.writeValueAsString(result));
            if (i % 37 == 5) {
                lines.add("");
                lines.add("{\"id\": " + i + ", \"answer\": \"Fine.\", \"question\": \"no-such-question\"}");
                expected.add("{\"line\":" + lines.size() + ",\"id\":" + i + ",\"error\":\"unknown question"
                        + " 'no-such-question' (the bank in questions has " + bank.size()
                        + " questions; see 'mle-drill questions list')\"}");
            }
        }
        Path file = Files.write(dir.resolve("answers.jsonl"), lines);

        StringWriter parallel = new StringWriter();
        StringWriter parallelErr = new StringWriter();
        int exit = new BatchScoring(scorer, questions, 4, 3)
                .run(file, new PrintWriter(parallel), new PrintWriter(parallelErr));
        StringWriter oneThread = new StringWriter();
        new BatchScoring(scorer, questions, 1)
                .run(file, new PrintWriter(oneThread), new PrintWriter(new StringWriter()));

        assertThat(exit).isZero();
        assertThat(parallel.toString().lines().toList()).containsExactlyElementsOf(expected);
        assertThat(oneThread.toString()).isEqualTo(parallel.toString());
        int errors =
                (int) expected.stream().filter(l -> l.contains("\"error\"")).count();
        assertThat(errors).isPositive();
        assertThat(parallelErr.toString())
                .contains("scored " + bank.size() + " answer(s), " + errors + " line(s) with errors");
    }

    @Test
    @DisplayName("score --batch --threads 0 is a clear one-line error")
    void noThreads(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("answers.jsonl"), "{\"id\": 1, \"answer\": \"Fine.\"}\n");

        CliRun run = CliRun.of("score", "--batch", file.toString(), "--threads", "0");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("--threads must be at least 1, not 0");
        assertThat(run.out()).isEmpty();
    }
}
