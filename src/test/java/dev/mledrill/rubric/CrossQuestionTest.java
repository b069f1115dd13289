package dev.mledrill.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.question.Question;
import dev.mledrill.question.QuestionBankLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Scores that know the question, over the whole shipped bank: every question's own model answer
 * against every other question's model answer scored as if replied under it.
 * "Middling" on-topic answers are each model answer's opening two sentences: the scenario and
 * one step, without the measurements, trade-offs and fallback that make the whole answer strong.
 */
class CrossQuestionTest {
    private static final RubricScorer SCORER = new RubricScorer(RubricLoader.load(RubricLoader.DEFAULT_FILE));
    private static List<Question> bank;
    private static double[][] scores;
    private static double[] middling;

    @BeforeAll
    static void scoreEveryPair() {
        bank = QuestionBankLoader.load(Path.of("questions")).all();
        int n = bank.size();
        scores = new double[n][n];
        middling = new double[n];
        for (int q = 0; q < n; q++) {
            Question question = bank.get(q);
            for (int a = 0; a < n; a++) {
                scores[q][a] = SCORER.score(bank.get(a).modelAnswerText(), Optional.of(question))
                        .total();
            }
            List<String> outline = question.modelAnswer();
            middling[q] = SCORER.score(
                            String.join(" ", outline.subList(0, Math.min(2, outline.size()))), Optional.of(question))
                    .total();
        }
    }

    @Test
    @DisplayName("each question's own model answer outscores every other question's model answer scored against it")
    void ownAnswerWins() {
        List<String> losses = new ArrayList<>();
        for (int q = 0; q < bank.size(); q++) {
            for (int a = 0; a < bank.size(); a++) {
                if (a != q && scores[q][a] >= scores[q][q]) {
                    losses.add(bank.get(a).id() + " under " + bank.get(q).id() + ": " + scores[q][a] + " >= "
                            + scores[q][q]);
                }
            }
        }
        assertThat(losses).isEmpty();
    }

    @Test
    @DisplayName("the mean off-topic score is at most half the mean on-topic score")
    void offTopicMeanAtMostHalf() {
        double on = 0;
        double off = 0;
        double offMax = 0;
        int n = bank.size();
        for (int q = 0; q < n; q++) {
            on += scores[q][q];
            for (int a = 0; a < n; a++) {
                if (a != q) {
                    off += scores[q][a];
                    offMax = Math.max(offMax, scores[q][a]);
                }
            }
        }
        on /= n;
        off /= (double) n * (n - 1);
        System.out.printf(
                Locale.ROOT,
                "cross-question: mean on-topic %.1f, mean off-topic %.1f (ratio %.2f), highest off-topic %.1f%n",
                on,
                off,
                off / on,
                offMax);
        assertThat(off).isLessThanOrEqualTo(on / 2);
    }

    @Test
    @DisplayName(
            "a strong answer to another question scores below a middling on-topic answer in at least 90 % of cases")
    void strongOffTopicBelowMiddlingOnTopic() {
        int below = 0;
        int cases = 0;
        double middlingMean = 0;
        for (int q = 0; q < bank.size(); q++) {
            middlingMean += middling[q];
            for (int a = 0; a < bank.size(); a++) {
                if (a != q) {
                    cases++;
                    below += scores[q][a] < middling[q] ? 1 : 0;
                }
            }
        }
        double share = (double) below / cases;
        System.out.printf(
                Locale.ROOT,
                "cross-question: mean middling on-topic %.1f; strong off-topic below it in %.1f %% of %d cases%n",
                middlingMean / bank.size(),
                share * 100,
                cases);
        assertThat(share).isGreaterThanOrEqualTo(0.9);
    }
}
