package dev.mledrill.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quality bar of issue 3 on the hand-graded calibration set (shared/calibration, copied to
 * test resources) and on a second set written for this scorer (varied.jsonl: other topics,
 * other phrasing), so the bar is not met by fitting one set's sentences.
 */
class CalibrationTest {
    private static final RubricScorer SCORER = new RubricScorer(Rubric.defaults());
    private static final Pattern RUBRIC_TERMS = Pattern.compile("(?i)\\b(ms|fps|mah|mw|mb|gb|kb|bleu|iou|wer|top-1|"
            + "latency|battery|energy|power|accuracy|quality|baseline|fp32|teacher|cloud|server|privacy|private|"
            + "on-device|offline|user|users|trade-off|tradeoff|budget|npu|dsp|gpu|neural engine|quantiz\\w*|prun\\w*|"
            + "distill\\w*|int8|8-bit|4-bit|fallback|consistency|consumption|compute)\\b|%");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/rubric/calibration.jsonl", "/rubric/varied.jsonl"})
    @DisplayName("scores rank the graded answers like the graders (Spearman of at least 0.85)")
    void ranksLikeTheGraders(String set) {
        GradedAnswers graded = GradedAnswers.load(set);

        double rho = GradedAnswers.spearman(scores(graded), graded.labels());

        System.out.printf(Locale.ROOT, "%s: Spearman %.3f%n", set, rho);
        assertThat(rho).isGreaterThanOrEqualTo(0.85);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/rubric/calibration.jsonl", "/rubric/varied.jsonl"})
    @DisplayName("every poor answer scores below every good or excellent one")
    void poorBelowGood(String set) {
        List<GradedAnswers.Graded> answers = GradedAnswers.load(set).answers();

        double bestPoor = answers.stream()
                .filter(g -> g.label() == 1)
                .mapToDouble(this::score)
                .max()
                .orElseThrow();
        double worstGood = answers.stream()
                .filter(g -> g.label() >= 3)
                .mapToDouble(this::score)
                .min()
                .orElseThrow();

        assertThat(bestPoor).isLessThan(worstGood);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/rubric/calibration.jsonl", "/rubric/varied.jsonl"})
    @DisplayName("the scorer beats the word-count and keyword-count baselines")
    void beatsBaselines(String set) {
        GradedAnswers graded = GradedAnswers.load(set);
        double[] wordCounts = graded.answers().stream()
                .mapToDouble(g -> g.answer().split("\\s+").length)
                .toArray();
        double[] keywordCounts =
                graded.answers().stream().mapToDouble(g -> keywords(g.answer())).toArray();

        double ours = GradedAnswers.spearman(scores(graded), graded.labels());
        double byLength = GradedAnswers.spearman(wordCounts, graded.labels());
        double byKeywords = GradedAnswers.spearman(keywordCounts, graded.labels());

        System.out.printf(
                Locale.ROOT, "%s: scorer %.3f, word count %.3f, keyword count %.3f%n", set, ours, byLength, byKeywords);
        assertThat(ours).isGreaterThan(byLength).isGreaterThan(byKeywords);
    }

    private double[] scores(GradedAnswers graded) {
        return graded.answers().stream().mapToDouble(this::score).toArray();
    }

    private double score(GradedAnswers.Graded g) {
        return SCORER.score(g.answer(), Optional.empty()).total();
    }

    private static int keywords(String answer) {
        Matcher m = RUBRIC_TERMS.matcher(answer);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
