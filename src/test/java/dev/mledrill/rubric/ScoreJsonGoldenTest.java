package dev.mledrill.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The JSON text of a score, byte for byte, as the CLI prints it and older rows keep it:
 * {@code score-json-golden.txt} holds what the hand-written writer produced before the JSON
 * became one databind mapping (one {@code name<TAB>json} a line).
 */
class ScoreJsonGoldenTest {
    private static final String GOLDEN = "score-json-golden.txt";

    /** Varied scores: with and without red flags, key-point quotes, tips; awkward numbers and quotes. */
    static Map<String, Score> cases() {
        Map<String, Score> cases = new LinkedHashMap<>();
        Evidence budget = new Evidence("the budget was 60 ms per frame", 12, 42);
        Evidence figure = new Evidence("from 140 ms to 52 ms", 50, 70);
        cases.put(
                "full",
                new Score(
                        71.5,
                        "solid",
                        List.of(
                                new CriterionScore(
                                        Criterion.OUTCOME,
                                        12.0,
                                        15.0,
                                        List.of(budget),
                                        "Open with what the user feels."),
                                new CriterionScore(Criterion.EVIDENCE, 20.25, 20.0 + 0.25, List.of(figure, budget), ""),
                                new CriterionScore(
                                        Criterion.CONSISTENCY,
                                        0.1 + 0.2,
                                        15,
                                        List.of(),
                                        "Say what happened to quality."),
                                new CriterionScore(Criterion.BUDGET, 0, 10, List.of(), null),
                                new CriterionScore(
                                        Criterion.TRADEOFF, 7, 15, List.of(figure), "Weigh two options and decide."),
                                new CriterionScore(
                                        Criterion.PRIVACY, 1e-7, 10, List.of(), "Say whose data stays where."),
                                new CriterionScore(Criterion.FALLBACK, 15, 15, List.of(), "")),
                        List.of(
                                new RedFlag(
                                        RedFlagKind.HEDGE,
                                        "hedge: 'fast enough' without a number",
                                        5,
                                        List.of(new Evidence("fast enough", 80, 91))),
                                new RedFlag(RedFlagKind.RAMBLING, "rambling: 512 words and 3 topics", 8.0, List.of())),
                        new KeyPointCoverage(
                                List.of("states the delay budget", "names a rollout"),
                                List.of("has a fallback"),
                                List.of(budget, new Evidence("", 0, 0)),
                                3.3333333333333335),
                        "Red flag (hedge): Replace the hedge.",
                        "2026.12-1"));
        cases.put("bare", new Score(0, "weak", List.of(), List.of(), KeyPointCoverage.NONE, null, "1"));
        cases.put(
                "no-key-point-quotes",
                new Score(
                        100,
                        "excellent",
                        List.of(new CriterionScore(Criterion.OUTCOME, 15, 15, List.of(budget), null)),
                        List.of(),
                        new KeyPointCoverage(List.of("a", "b"), List.of()),
                        "",
                        "2026.12-1"));
        cases.put(
                "off-topic",
                new Score(
                        12.345678901234567,
                        "weak",
                        List.of(new CriterionScore(
                                Criterion.PRIVACY,
                                2.5,
                                10,
                                List.of(),
                                "Say what staying on the device does for trust.")),
                        List.of(new RedFlag(
                                RedFlagKind.OFF_TOPIC,
                                "off topic: this reads like an answer about keyboard; today's question is about npu",
                                40,
                                List.of(new Evidence(
                                        "Über \"quotes\", a tab\tand a line\nbreak, 😀, </script> \\ \u0001", 3, 60)))),
                        new KeyPointCoverage(List.of(), List.of("names the NPU", "gives a trigger"), List.of(), 6),
                        "Off topic: answer today's question.",
                        "2026.12-1"));
        cases.put(
                "null-key-points",
                new Score(
                        55,
                        "developing",
                        List.of(new CriterionScore(Criterion.FALLBACK, 1234567.125, 1e9, List.of(), "plan")),
                        List.of(new RedFlag(RedFlagKind.PARTLY_OFF_TOPIC, "", 0.0, List.of())),
                        null,
                        "tip",
                        ""));
        return cases;
    }

    @Test
    @DisplayName("every score is written exactly as the hand-written writer wrote it")
    void byteIdentical() throws IOException {
        Map<String, String> golden = golden();
        Map<String, String> actual = new LinkedHashMap<>();
        cases().forEach((name, score) -> actual.put(name, ScoreJson.toJson(score)));
        if (golden.isEmpty()) {
            StringBuilder out = new StringBuilder();
            actual.forEach(
                    (name, json) -> out.append(name).append('\t').append(json).append('\n'));
            Files.writeString(Path.of("target", GOLDEN), out.toString(), StandardCharsets.UTF_8);
        }

        assertThat(actual).containsExactlyEntriesOf(golden);
    }

    @Test
    @DisplayName("each golden text reads back to a score that writes the same text")
    void readsBack() throws IOException {
        golden().forEach((name, json) ->
                assertThat(ScoreJson.toJson(ScoreJson.fromJson(json))).as(name).isEqualTo(json));
    }

    private static Map<String, String> golden() throws IOException {
        Map<String, String> golden = new LinkedHashMap<>();
        try (InputStream in = ScoreJsonGoldenTest.class.getResourceAsStream(GOLDEN)) {
            if (in == null) {
                return golden;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                golden.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return golden;
    }
}
