package dev.mledrill.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.rubric.RubricLoader;
import dev.mledrill.rubric.RubricScorer;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What issue 14 asks of the shipped bank as a whole: size, balance, and model answers the scorer rates well. */
class ShippedBankQualityTest {
    private static final QuestionBank BANK = QuestionBankLoader.load(BankFiles.REAL_BANK);
    private static final RubricScorer SCORER = new RubricScorer(RubricLoader.load(RubricLoader.DEFAULT_FILE));

    @Test
    @DisplayName("every model answer covers its own key points: the validator has no warning for the shipped bank")
    void noUncoveredKeyPoints() {
        assertThat(ModelAnswerCheck.warnings(BANK)).isEmpty();
    }

    @Test
    @DisplayName(
            "every model answer, read as prose, scores at least good against its own question, and the median is 70 or more")
    void modelAnswersScoreWell() {
        Map<String, Double> totals = BANK.all().stream()
                .collect(Collectors.toMap(
                        Question::id,
                        q -> SCORER.score(q.modelAnswerText(), Optional.of(q)).total()));

        assertThat(totals).allSatisfy((id, total) -> assertThat(total).as(id).isGreaterThanOrEqualTo(50));
        double[] sorted = totals.values().stream()
                .mapToDouble(Double::doubleValue)
                .sorted()
                .toArray();
        double median = sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        assertThat(median).isGreaterThanOrEqualTo(70);
    }

    @Test
    @DisplayName(
            "the bank holds at least 110 questions, 12 or more per category, about a quarter easy, half medium, a quarter hard")
    void sizeAndBalance() {
        assertThat(BANK.size()).isGreaterThanOrEqualTo(110);
        assertThat(BANK.categories())
                .allSatisfy(c -> assertThat(BANK.byCategory(c)).as(c).hasSizeGreaterThanOrEqualTo(12));
        Map<Difficulty, Long> byDifficulty =
                BANK.all().stream().collect(Collectors.groupingBy(Question::difficulty, Collectors.counting()));
        double n = BANK.size();
        assertThat(byDifficulty.get(Difficulty.EASY) / n).isBetween(0.20, 0.30);
        assertThat(byDifficulty.get(Difficulty.MEDIUM) / n).isBetween(0.45, 0.55);
        assertThat(byDifficulty.get(Difficulty.HARD) / n).isBetween(0.20, 0.30);
    }
}
