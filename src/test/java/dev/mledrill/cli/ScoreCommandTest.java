package dev.mledrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScoreCommandTest {
    private static final String ANSWER = "Users want text to be selectable right away, so I aimed for under 80 ms."
            + " Quantizing the detector to int8 brought it from 140 ms to 70 ms on a mid-range Android phone and"
            + " accuracy dropped about 1%.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new MleDrillCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    @DisplayName("score --json prints exactly one JSON object with the contract's keys")
    void json(@TempDir Path dir) throws Exception {
        Path answer = Files.writeString(dir.resolve("answer.txt"), ANSWER);

        int exit = run("score", "--json", answer.toString());

        assertThat(exit).isZero();
        assertThat(out.toString().strip().lines()).hasSize(1);
        JsonNode node = JSON.readTree(out.toString());
        assertThat(node.fieldNames())
                .toIterable()
                .containsExactly("total", "band", "criteria", "red_flags", "key_points", "rubric_version");
        assertThat(node.get("total").asDouble()).isBetween(40.0, 80.0);
    }

    @Test
    @DisplayName("score reads the answer from standard input and prints the feedback text")
    void stdin() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(ANSWER.getBytes(StandardCharsets.UTF_8)));
            assertThat(run("score")).isZero();
        } finally {
            System.setIn(saved);
        }
        assertThat(out.toString()).containsPattern("^\\d+/100 · \\w+").contains("Tip: ");
    }

    @Test
    @DisplayName("score --question uses the bank: key points are reported, an unknown id is a clear error")
    void question() throws Exception {
        Path bank = Path.of("questions");
        String id = List.of(Files.readString(bank.resolve("vision.yaml")).split("\n")).stream()
                .filter(l -> l.startsWith("- id: "))
                .findFirst()
                .orElseThrow()
                .substring(6)
                .strip();

        assertThat(run(
                        "score",
                        "--json",
                        "--question",
                        id,
                        "--questions",
                        bank.toString(),
                        Files.writeString(Files.createTempFile("answer", ".txt"), ANSWER)
                                .toString()))
                .isZero();
        JsonNode node = JSON.readTree(out.toString());
        assertThat(node.get("key_points").get("covered").size()
                        + node.get("key_points").get("missed").size())
                .isPositive();

        assertThat(run("score", "--question", "no-such-question", "--questions", bank.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("unknown question 'no-such-question'");
    }

    @Test
    @DisplayName("score --batch prints one result per line with its id, and an error object for a bad line")
    void batch(@TempDir Path dir) throws Exception {
        Path batch = Files.writeString(
                dir.resolve("answers.jsonl"),
                String.join(
                                "\n",
                                JSON.writeValueAsString(java.util.Map.of("id", "a1", "answer", ANSWER)),
                                "{not json",
                                "{\"id\": 7}",
                                JSON.writeValueAsString(java.util.Map.of("id", "a4", "answer", "Fast enough.")))
                        + "\n");

        int exit = run("score", "--batch", batch.toString());

        assertThat(exit).isZero();
        List<JsonNode> lines = out.toString()
                .lines()
                .map(l -> {
                    try {
                        return JSON.readTree(l);
                    } catch (Exception e) {
                        throw new AssertionError(l, e);
                    }
                })
                .toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("a1");
        assertThat(lines.get(0).has("total")).isTrue();
        assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(1).get("error").asText()).startsWith("not valid JSON");
        assertThat(lines.get(2).get("id").asInt()).isEqualTo(7);
        assertThat(lines.get(2).get("error").asText()).contains("answer");
        assertThat(lines.get(3).get("band").asText()).isEqualTo("poor");
        assertThat(err.toString()).contains("scored 2 answer(s), 2 line(s) with errors");
    }

    @Test
    @DisplayName("a bad rubric file stops score with the key and the reason")
    void badRubric(@TempDir Path dir) throws Exception {
        Path rubric = Files.writeString(dir.resolve("rubric.yaml"), "version: x\nweights: {outcome: ten}\n");

        assertThat(run("score", "--rubric", rubric.toString(), "-")).isEqualTo(2);
        assertThat(err.toString()).contains("weights.outcome: expected a number");
    }
}
