package dev.mledrill.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Length, repetition, padding and keyword stuffing never raise a score. */
class GamingResistanceTest {
    private static final RubricScorer SCORER = new RubricScorer(Rubric.defaults());
    private static final String FILLER =
            " I think this is a really important area and I have always found it interesting."
                    + " There are many things to consider when you work on problems like this one."
                    + " Overall, it was a very rewarding experience for everyone involved in the work.";
    private static final String STUFFING = " Latency battery privacy user experience accuracy baseline on-device"
            + " trade-off compute consistency consumption fallback 15 ms 20% 4 mAh 99% top-1 NPU Neural Engine FP32.";

    static List<String> answers() {
        return GradedAnswers.load("/rubric/calibration.jsonl").answers().stream()
                .map(GradedAnswers.Graded::answer)
                .toList();
    }

    @ParameterizedTest
    @MethodSource("answers")
    @DisplayName("saying the answer twice or three times earns nothing more")
    void repetition(String answer) {
        double once = score(answer);

        assertThat(score(answer + " " + answer)).isLessThanOrEqualTo(once);
        assertThat(score(answer + "\n\n" + answer + "\n\n" + answer)).isLessThanOrEqualTo(once);
    }

    @ParameterizedTest
    @MethodSource("answers")
    @DisplayName("filler sentences before or after the answer earn nothing")
    void padding(String answer) {
        double plain = score(answer);

        assertThat(score(answer + FILLER + FILLER)).isLessThanOrEqualTo(plain);
        assertThat(score(FILLER.strip() + " " + answer)).isLessThanOrEqualTo(plain);
    }

    @ParameterizedTest
    @MethodSource("answers")
    @DisplayName("a keyword list appended to an answer does not raise it")
    void appendedStuffing(String answer) {
        assertThat(score(answer + STUFFING)).isLessThanOrEqualTo(score(answer));
    }

    @Test
    @DisplayName("each sentence said twice with a word changed earns nothing more")
    void nearRepetition() {
        String answer = "Users want text to be selectable right away, so I aimed for under 80 ms. Quantizing the"
                + " detector to int8 brought it from 140 ms to 70 ms on a mid-range Android phone.";
        String echoed = answer + " Users really want text to be selectable right away, so I aimed for under 80 ms."
                + " Quantizing the detector to int8 brought it from 140 ms down to 70 ms on a mid-range Android phone.";

        assertThat(score(echoed)).isLessThanOrEqualTo(score(answer));
    }

    @Test
    @DisplayName("keyword stuffing, as a list or as one dense sentence, scores below every genuine measured answer")
    void stuffingBelowGenuine() {
        double worstGenuine = GradedAnswers.load("/rubric/calibration.jsonl").answers().stream()
                .filter(g -> g.label() >= 3)
                .mapToDouble(g -> score(g.answer()))
                .min()
                .orElseThrow();
        List<String> stuffed = List.of(
                STUFFING.strip(),
                "We have latency, battery, privacy, accuracy, baseline, on-device, trade-off, fallback, NPU, FP32,"
                        + " int8, distillation, 20 ms, 5 mAh, 1% top-1 and 30 fps.",
                "Latency: 20 ms. Battery: 4 mAh. Accuracy: within 0.5% of FP32. Privacy: on-device. Trade-off: int8"
                        + " vs int4. Fallback: QAT. Device: Pixel 7 NPU.");

        for (String s : stuffed) {
            assertThat(score(s)).as(s).isLessThan(worstGenuine).isLessThan(20);
        }
    }

    @Test
    @DisplayName("the same measurement repeated in new sentences counts once")
    void repeatedFigures() {
        String answer = "Scrolling stutters past 16 ms a frame, so the classifier had to fit in 8 ms on the GPU."
                + " Int8 took it from 19 ms to 7 ms.";
        String repeated = answer + " So the latency went from 19 ms to 7 ms. The new latency is 7 ms, down from 19 ms.";

        assertThat(score(repeated)).isLessThanOrEqualTo(score(answer));
    }

    private static double score(String answer) {
        return SCORER.score(answer, Optional.empty()).total();
    }
}
