package dev.mledrill.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FeedbackRendererTest {
    private static final RubricScorer SCORER = new RubricScorer(Rubric.defaults());
    private static final FeedbackRenderer RENDERER = new FeedbackRenderer();
    private static final String ANSWER = "Users want text to be selectable right away, so I aimed for under 80 ms."
            + " Quantizing the detector to int8 brought it from 140 ms to 70 ms on a mid-range Android phone and"
            + " accuracy dropped about 1%. It is fast enough now.";

    @Test
    @DisplayName("plain text shows the headline, the three axes, each criterion with a quote, red flags and one tip")
    void plainText() {
        Score score = SCORER.score(ANSWER, Optional.empty());

        String text = RENDERER.plainText(score, Optional.empty());

        assertThat(text.lines().findFirst()).contains(Math.round(score.total()) + "/100 · " + score.band());
        assertThat(text)
                .contains("Technical depth ")
                .contains("Product impact ")
                .contains("Trust ")
                .contains("User outcome first")
                .contains("“Users want text to be selectable right away")
                .contains("Red flags")
                .contains("“fast enough”")
                .contains("Tip: ")
                .doesNotContain("**");
        assertThat(text.lines().filter(l -> l.startsWith("Tip"))).hasSize(1);
    }

    @Test
    @DisplayName("Markdown uses standard bold and lists key points for the question")
    void markdown() {
        Score score = SCORER.score(
                ANSWER,
                Optional.of(RubricScorerTest.question(
                        Set.of(), List.of("states the latency target", "names a fallback plan"))));

        String md = RENDERER.markdown(score, Optional.of(RubricScorerTest.question(Set.of(), List.of())));

        assertThat(md)
                .startsWith("**")
                .contains("- **Measured impact** ")
                .contains("**Tip** ")
                .contains("**Key points for ocr-latency**: 1 of 2 covered; missed: names a fallback plan");
    }
}
