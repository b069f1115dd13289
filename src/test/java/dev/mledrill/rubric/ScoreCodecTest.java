package dev.mledrill.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScoreCodecTest {
    private static final RubricScorer SCORER = new RubricScorer(Rubric.defaults());
    private static final String ANSWER = RubricScorerTest.STRONG + " It is probably fast enough. I would quantize it.";

    private static Score scored(String answer) {
        return SCORER.score(
                answer,
                Optional.of(
                        RubricScorerTest.question(Set.of(), List.of("states the delay budget", "names a rollout"))));
    }

    @Test
    @DisplayName("a score decoded with the text it was scored from equals the original, overall tip included")
    void roundTrip() {
        Score score = scored(ANSWER);

        Score back = ScoreCodec.decode(ScoreCodec.encode(score, ANSWER), ANSWER);

        assertThat(back).isEqualTo(score);
        assertThat(score.redFlags()).isNotEmpty();
        assertThat(score.keyPoints().covered()).isNotEmpty();
    }

    @Test
    @DisplayName("scores of weak, empty and off-topic answers round-trip too")
    void variedRoundTrip() {
        for (String answer : List.of(
                "",
                "I would quantize the model.",
                "Latency battery privacy 15 ms 20% 4 mAh.",
                "Rambling " + "and more words ".repeat(200))) {
            Score score = scored(answer);
            assertThat(ScoreCodec.decode(ScoreCodec.encode(score, answer), answer))
                    .as(answer)
                    .isEqualTo(score);
        }
    }

    @Test
    @DisplayName("the bytes hold offsets, not quotes: they are a fraction of the JSON")
    void compact() {
        Score score = scored(ANSWER);

        byte[] packed = ScoreCodec.encode(score, ANSWER);

        assertThat(packed.length).isLessThan(ScoreJson.toJson(score).length() / 4);
        assertThat(ScoreCodec.hasQuoteWithout(packed)).isFalse();
    }

    @Test
    @DisplayName("a quote that is not the text's span at its offsets is kept literally and survives")
    void literalQuote() {
        Score score = scored(ANSWER);

        byte[] packed = ScoreCodec.encode(score, "another text entirely");

        assertThat(ScoreCodec.hasQuoteWithout(packed)).isTrue();
        assertThat(ScoreCodec.decode(packed, null)).isEqualTo(score);
        assertThat(ScoreCodec.decode(ScoreCodec.encode(score, null), "ignored")).isEqualTo(score);
    }

    @Test
    @DisplayName("without its text a score keeps everything but its quotes, which read as empty")
    void withoutText() {
        Score score = scored(ANSWER);

        Score back = ScoreCodec.decode(ScoreCodec.withoutQuotes(ScoreCodec.encode(score, "not the answer")), ANSWER);

        assertThat(back.total()).isEqualTo(score.total());
        assertThat(back.tip()).isEqualTo(score.tip());
        assertThat(back.criteria())
                .extracting(CriterionScore::points)
                .containsExactlyElementsOf(
                        score.criteria().stream().map(CriterionScore::points).toList());
        assertThat(back.criteria().get(0).evidence())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.quote()).isEmpty());
        assertThat(back.redFlags().get(0).explanation())
                .isEqualTo(score.redFlags().get(0).explanation());
    }

    @Test
    @DisplayName("every fixed rewrite tip is a numbered text, so a new tip must be appended to score-texts.txt")
    void fixedTipsNumbered() {
        assertThat(RewriteTips.fixedTips())
                .allSatisfy(tip -> assertThat(ScoreTexts.indexOf(tip)).as(tip).isPositive());
        assertThat(ScoreTexts.at(0)).isEmpty();
    }

    @Test
    @DisplayName("bytes of an unknown layout or cut short are refused with a clear error")
    void refusesGarbage() {
        assertThatThrownBy(() -> ScoreCodec.decode(new byte[] {9}, null))
                .hasMessageContaining("unknown score layout 9");
        byte[] packed = ScoreCodec.encode(scored(ANSWER), ANSWER);
        assertThatThrownBy(() -> ScoreCodec.decode(java.util.Arrays.copyOf(packed, packed.length / 2), ANSWER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
