package dev.mledrill.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mledrill.question.Difficulty;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.rubric.CriterionScore;
import dev.mledrill.rubric.KeyPointCoverage;
import dev.mledrill.rubric.Score;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProbeWriterTest {
    private static final FollowUpTemplates TEMPLATES = FollowUpLoader.load(Path.of("config", "follow-ups.yaml"));
    private static final ProbeWriter WRITER = new ProbeWriter(() -> TEMPLATES);
    private static final String ANSWER =
            "Users saw the mask trail behind their hair, so we cut latency from 48 to 21 ms"
                    + " on a Pixel 7a with int8 quantization on the NPU.";

    /** A score whose criteria earned the given share of their points (the rest full). */
    private static Score score(Map<Criterion, double[]> pointsAndMax) {
        List<CriterionScore> criteria = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            double[] pm = pointsAndMax.getOrDefault(c, new double[] {10, 10});
            criteria.add(new CriterionScore(c, pm[0], pm[1], List.of(), ""));
        }
        double total = criteria.stream().mapToDouble(CriterionScore::points).sum();
        return new Score(Math.min(100, total), "good", criteria, List.of(), KeyPointCoverage.NONE, "", "test-1");
    }

    private static Question question(Map<Criterion, List<String>> followUps) {
        return new Question(
                "mask-lag",
                "vision",
                Difficulty.MEDIUM,
                "How would you make the portrait preview smooth?",
                Set.of(Criterion.CONSISTENCY),
                List.of("a", "b"),
                List.of("one", "two"),
                List.of(),
                followUps);
    }

    @Test
    @DisplayName("the probe aims at the criterion that lost the most points among those below half")
    void aimsAtTheWeakestCriterion() {
        Score score = score(Map.of(
                Criterion.PRIVACY,
                new double[] {1, 10},
                Criterion.CONSISTENCY,
                new double[] {3, 20},
                Criterion.EVIDENCE,
                new double[] {12, 20}));

        Optional<Probe> probe = WRITER.write(score, Map.of(), ANSWER);

        assertThat(probe).map(Probe::criterion).contains(Criterion.CONSISTENCY);
        assertThat(TEMPLATES.forCriterion(Criterion.CONSISTENCY).stream()
                        .anyMatch(t -> !Placeholders.in(t).isEmpty()))
                .isTrue();
    }

    @Test
    @DisplayName("the probe quotes the answer's own words")
    void quotesTheAnswer() {
        Score score = score(Map.of(Criterion.CONSISTENCY, new double[] {0, 20}));

        String text = WRITER.write(score, Map.of(), ANSWER).orElseThrow().text();

        assertThat(text).containsAnyOf("we cut latency from 48 to 21 ms", "int8 quantization");
        assertThat(text).doesNotContain("{");
    }

    @Test
    @DisplayName("no probe when every criterion earned at least half its points")
    void noProbeWhenEveryCriterionIsAtLeastHalf() {
        Score score = score(Map.of(Criterion.PRIVACY, new double[] {5, 10}, Criterion.FALLBACK, new double[] {6, 10}));

        assertThat(WRITER.write(score, Map.of(), ANSWER)).isEmpty();
    }

    @Test
    @DisplayName("a question's own follow_ups for the weakest criterion are used instead of the file's")
    void questionDefinedTemplatesWin() {
        Question question = question(Map.of(
                Criterion.CONSISTENCY,
                List.of("You said “{change}”: how did the hair edges compare with the fp32 masks?")));
        Score score = score(Map.of(Criterion.CONSISTENCY, new double[] {2, 20}));

        String text =
                WRITER.write(score, question.followUps(), ANSWER).orElseThrow().text();

        assertThat(text)
                .isEqualTo("You said “we cut latency from 48 to 21 ms”: how did the hair edges compare with"
                        + " the fp32 masks?");
    }

    @Test
    @DisplayName("without anything to quote the probe falls back to a template without a placeholder")
    void fallsBackWithoutQuote() {
        Question question = question(Map.of(Criterion.CONSISTENCY, List.of("You said “{change}”: which baseline?")));
        Score score = score(Map.of(Criterion.CONSISTENCY, new double[] {2, 20}));

        String text =
                WRITER.write(score, question.followUps(), "Fine.").orElseThrow().text();

        assertThat(TEMPLATES.forCriterion(Criterion.CONSISTENCY)).contains(text);
        assertThat(Placeholders.in(text)).isEmpty();
    }

    @Test
    @DisplayName("the same answer always gets the same probe, and answers differ in the templates they get")
    void deterministic() {
        Score score = score(Map.of(Criterion.TRADEOFF, new double[] {1, 15}));
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String answer = "Answer " + i + ": we went with int8 quantization because users felt the lag.";
            String first = WRITER.write(score, Map.of(), answer).orElseThrow().text();
            assertThat(WRITER.write(score, Map.of(), answer).orElseThrow().text())
                    .isEqualTo(first);
            texts.add(first);
        }
        assertThat(texts.stream().distinct().count()).isGreaterThan(1);
    }

    @Test
    @DisplayName("facts: a before/after pair with its clause, a technique, an opening clause")
    void answerFacts() {
        assertThat(AnswerFacts.change("The preview went from 18 to 30 fps, and quality held."))
                .contains("The preview went from 18 to 30 fps");
        assertThat(AnswerFacts.change("Latency: 52 ms → 14 ms on the NPU.")).contains("52 ms → 14 ms");
        assertThat(AnswerFacts.change("A smooth preview: 48 ms to 29 ms on a Pixel 6a."))
                .contains("48 ms to 29 ms");
        assertThat(AnswerFacts.change("We went to 3 meetings.")).isEmpty();
        assertThat(AnswerFacts.change("No numbers here at all.")).isEmpty();
        assertThat(AnswerFacts.technique("We distilled it, then applied INT8 quantization."))
                .contains("INT8 quantization");
        assertThat(AnswerFacts.quote("Users felt the shutter lag on cheap phones, so we profiled."))
                .contains("Users felt the shutter lag on cheap phones");
    }

    @Test
    @DisplayName("a template file with an unknown placeholder or a criterion without a plain template is refused")
    void badTemplatesRefused() {
        StringBuilder yaml = new StringBuilder();
        for (Criterion c : Criterion.values()) {
            yaml.append(c.id())
                    .append(":\n  - \"Plain question for ")
                    .append(c.id())
                    .append("?\"\n");
        }
        assertThat(FollowUpLoader.parse(yaml.toString(), "f.yaml").forCriterion(Criterion.BUDGET))
                .hasSize(1);
        assertThatThrownBy(() -> FollowUpLoader.parse(yaml + "  - \"You said {quoted}?\"\n", "f.yaml"))
                .hasMessageContaining("f.yaml: fallback[1]: unknown placeholder {quoted}");
        assertThatThrownBy(() -> FollowUpLoader.parse(
                        yaml.toString().replace("Plain question for budget?", "You went with {technique}?"), "f.yaml"))
                .hasMessageContaining("f.yaml: budget: needs at least one template without a placeholder");
    }
}
