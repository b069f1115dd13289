package dev.mledrill.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Regression cases of credit given for the wrong reason; each case found is added here. */
class FalseCreditTest {
    private static final RubricScorer SCORER = new RubricScorer(Rubric.defaults());

    private static double privacy(String answer) {
        return SCORER.score(answer, Optional.empty())
                .criterion(Criterion.PRIVACY)
                .points();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "We sharpened the edges of the mask.",
                "Edge detection on the image got 12 ms faster after int8.",
                "We handled the edge cases where the face is half out of frame, which cut errors by 8 %.",
                "It runs on edge devices at 30 fps.",
                "The blur fades at the edge of the hair, so users see no halo.",
            })
    @DisplayName("no privacy credit for image edges, edge cases or edge devices alone")
    void edgesAreNotPrivacy(String answer) {
        assertThat(privacy(answer)).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The photos never leave the phone, so nothing is uploaded.",
                "Voice recordings stay on the device and are deleted after the command runs.",
            })
    @DisplayName("full privacy credit for user data staying on the device")
    void dataStayingLocalEarnsPrivacy(String answer) {
        assertThat(privacy(answer)).isEqualTo(10.0);
    }

    @Test
    @DisplayName("a quote never splits a hyphenated token such as '4-bit' or 'on-device'")
    void quotesKeepHyphenatedTokensWhole() {
        String answer = "To fit the 2 GB phone we moved the assistant's 3B model from 8-bit over to 4-bit weights with"
                + " per-channel scales, and first-token latency went from 900 ms to 610 ms on-device, so users see"
                + " the first words sooner; quality stayed within 1 point of the fp16 model on our 4-bit-sensitive eval.";

        Score s = SCORER.score(answer, Optional.empty());

        List<Evidence> quotes = Stream.concat(
                        s.criteria().stream().flatMap(c -> c.evidence().stream()),
                        s.redFlags().stream().flatMap(f -> f.evidence().stream()))
                .toList();
        assertThat(quotes).isNotEmpty().allSatisfy(e -> {
            assertThat(e.quote()).doesNotStartWith("-").doesNotEndWith("-");
            assertThat(answer.substring(e.start(), e.end())).isEqualTo(e.quote());
            boolean cutBefore = e.start() > 0 && answer.charAt(e.start() - 1) == '-';
            boolean cutAfter = e.end() < answer.length() && answer.charAt(e.end()) == '-';
            assertThat(cutBefore || cutAfter).as(e.quote()).isFalse();
        });
    }
}
