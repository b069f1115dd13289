package dev.mledrill.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Detectors and red flags name their gaps by enum; each must lead to a tip. */
class RewriteTipsTest {
    @Test
    @DisplayName("every hint a detector can name has a rewrite tip")
    void everyHintHasATip() {
        assertThat(Hint.values())
                .allSatisfy(h -> assertThat(RewriteTips.forHint(h)).as(h.name()).isNotBlank());
    }

    @Test
    @DisplayName("every red flag has a rewrite tip, and every fixed tip is a stored score text")
    void everyFlagHasATip() {
        assertThat(RedFlagKind.values())
                .allSatisfy(k -> assertThat(RewriteTips.forFlag(k)).as(k.id()).isNotBlank());
        assertThat(RewriteTips.fixedTips())
                .allSatisfy(t -> assertThat(ScoreTexts.indexOf(t)).as(t).isPositive());
    }

    @Test
    @DisplayName("red flags keep the ids that JSON, the store and rubric.yaml use; the rubric prices the first five")
    void flagIds() {
        assertThat(Arrays.stream(RedFlagKind.values()).map(RedFlagKind::id))
                .containsExactly(
                        "hedge",
                        "unmeasured_technique",
                        "research_first",
                        "keyword_stuffing",
                        "rambling",
                        "off_topic",
                        "partly_off_topic");
        assertThat(RedFlagKind.pricedKinds())
                .containsExactlyElementsOf(List.of(
                        RedFlagKind.HEDGE,
                        RedFlagKind.UNMEASURED_TECHNIQUE,
                        RedFlagKind.RESEARCH_FIRST,
                        RedFlagKind.KEYWORD_STUFFING,
                        RedFlagKind.RAMBLING));
        assertThat(RedFlagKind.fromId("off_topic")).contains(RedFlagKind.OFF_TOPIC);
        assertThat(RedFlagKind.fromId("fast-enough")).isEmpty();
    }
}
