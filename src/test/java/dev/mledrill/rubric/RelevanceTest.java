package dev.mledrill.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.question.Question;
import dev.mledrill.question.QuestionBank;
import dev.mledrill.question.QuestionBankLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Relevance to the question asked: off-topic answers flagged and explained, partly relevant ones lose in proportion. */
class RelevanceTest {
    private static final QuestionBank BANK = QuestionBankLoader.load(Path.of("questions"));
    private static final Rubric RUBRIC = RubricLoader.load(RubricLoader.DEFAULT_FILE);
    private static final RubricScorer SCORER = new RubricScorer(RUBRIC, BANK::all);
    private static final Question KEYBOARD =
            BANK.find("keyboard-next-word-latency-2gb").orElseThrow();
    private static final Question NIGHT_MODE =
            BANK.find("npu-partition-cpu-fallback").orElseThrow();

    @Test
    @DisplayName("no answer of the hand-graded key-point set, all written for their question, is flagged off topic")
    void onTopicAnswersAreNotFlagged() {
        for (KeyPointGradedTest.Graded g : KeyPointGradedTest.load()) {
            Score s = SCORER.score(g.answer(), Optional.of(g.question()));

            assertThat(s.redFlags()).as(g.answer()).noneMatch(f -> f.kind() == RedFlagKind.OFF_TOPIC);
        }
    }

    @Test
    @DisplayName(
            "a strong answer to another question is flagged off topic, says what it reads like and what today's question is about, and loses most of its points")
    void offTopicAnswer() {
        String keyboardAnswer = KEYBOARD.modelAnswerText();

        Score own = SCORER.score(keyboardAnswer, Optional.of(KEYBOARD));
        Score elsewhere = SCORER.score(keyboardAnswer, Optional.of(NIGHT_MODE));

        RedFlag flag = elsewhere.redFlags().stream()
                .filter(f -> f.id().equals("off_topic"))
                .findFirst()
                .orElseThrow();
        assertThat(flag.explanation())
                .isEqualTo("off topic: this reads like an answer about keyboard, next word prediction"
                        + " and memory; today's question is about npu, delegate and partitioning");
        assertThat(elsewhere.total()).isLessThan(own.total() * 0.3);
        assertThat(elsewhere.tip())
                .startsWith("Red flag (off topic): answer today's question, about npu, delegate and partitioning");
    }

    @Test
    @DisplayName("without the bank, an off-topic answer is described by its own telling words")
    void offTopicWithoutBank() {
        Score s = new RubricScorer(RUBRIC).score(KEYBOARD.modelAnswerText(), Optional.of(NIGHT_MODE));

        RedFlag flag = s.redFlags().stream()
                .filter(f -> f.id().equals("off_topic"))
                .findFirst()
                .orElseThrow();
        assertThat(flag.explanation())
                .startsWith("off topic: this reads like an answer about ")
                .contains("keyboard")
                .endsWith("; today's question is about npu, delegate and partitioning");
    }

    @Test
    @DisplayName(
            "an answer mostly pasted from another question, with a little about today's, loses in proportion: between the two")
    void partlyRelevantLosesInProportion() {
        String onTopic = NIGHT_MODE.modelAnswerText();
        String mixed = NIGHT_MODE.modelAnswer().get(0) + " "
                + String.join(" ", KEYBOARD.modelAnswer().subList(0, 3));

        double full = SCORER.score(onTopic, Optional.of(NIGHT_MODE)).total();
        Score half = SCORER.score(mixed, Optional.of(NIGHT_MODE));
        double off = SCORER.score(KEYBOARD.modelAnswerText(), Optional.of(NIGHT_MODE))
                .total();

        assertThat(half.total()).isLessThan(full).isGreaterThan(off);
        assertThat(half.redFlags()).anyMatch(f -> f.id().equals("partly_off_topic") && f.deduction() > 0);
    }

    @Test
    @DisplayName(
            "a question of few words (a short prompt, no model answer) does not make an on-topic answer read as off topic")
    void sparseQuestion() {
        Question ocr = new Question(
                "ocr-latency",
                "vision",
                dev.mledrill.question.Difficulty.MEDIUM,
                "How would you make OCR feel instant?",
                java.util.Set.of(),
                List.of(),
                List.of(),
                List.of());
        String answer = "Users want OCR text to be selectable right away, so I aimed for under 80 ms. Quantizing the"
                + " detector to int8 brought it from 140 ms to 70 ms on a mid-range Android phone.";

        assertThat(SCORER.score(answer, Optional.of(ocr)).redFlags()).noneMatch(f -> f.id().contains("off_topic"));
    }

    @Test
    @DisplayName("without a question nothing changes: no relevance flag, no key points, no key-point deduction")
    void withoutQuestion() {
        Score s = SCORER.score(KEYBOARD.modelAnswerText(), Optional.empty());

        assertThat(s.redFlags()).noneMatch(f -> f.id().contains("off_topic"));
        assertThat(s.keyPoints()).isEqualTo(KeyPointCoverage.NONE);
        double criteria =
                s.criteria().stream().mapToDouble(CriterionScore::points).sum();
        double flags = s.redFlags().stream().mapToDouble(RedFlag::deduction).sum();
        assertThat(s.total()).isCloseTo(criteria - flags, org.assertj.core.data.Offset.offset(0.2));
    }

    @Test
    @DisplayName("key points count: missing them costs up to the configured share, and the loss is reported")
    void keyPointsCount() {
        Question q = BANK.find("model-cold-start-app-launch").orElseThrow();
        String covered = "Launch on a Galaxy A14 went from 2.1 s to 1.2 s: loading the file took 310 ms, building the"
                + " interpreter 420 ms and the first inference 170 ms. The model now loads lazily on a background thread,"
                + " off the launch path, with memory-mapped weights and a cached compiled graph.";
        String missing = "Launch on a Galaxy A14 went from 2.1 s to 1.2 s after we moved work around.";

        Score full = SCORER.score(covered, Optional.of(q));
        Score partial = SCORER.score(missing, Optional.of(q));

        assertThat(full.keyPoints().missed()).isEmpty();
        assertThat(full.keyPoints().deduction()).isZero();
        assertThat(partial.keyPoints().missed()).isNotEmpty();
        assertThat(partial.keyPoints().deduction()).isPositive();
        assertThat(List.of(full, partial)).allSatisfy(s -> {
            assertThat(s.keyPoints().quotes()).hasSameSizeAs(s.keyPoints().covered());
            assertThat(ScoreJson.fromJson(ScoreJson.toJson(s)).keyPoints()).isEqualTo(s.keyPoints());
            assertThat(ScoreJson.fromJson(ScoreJson.toJson(s)).redFlags()).isEqualTo(s.redFlags());
        });
    }
}
