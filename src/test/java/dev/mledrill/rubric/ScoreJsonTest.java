package dev.mledrill.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScoreJsonTest {
    private static final RubricScorer SCORER = new RubricScorer(Rubric.defaults());

    @Test
    @DisplayName("a score becomes the JSON object of the CLI contract, with exactly its keys")
    void shape() throws Exception {
        Score score = SCORER.score(
                RubricScorerTest.STRONG + " It is fast enough.",
                Optional.of(RubricScorerTest.question(Set.of(), List.of("states the delay budget"))));

        JsonNode json = new ObjectMapper().readTree(ScoreJson.toJson(score));

        assertThat(json.fieldNames())
                .toIterable()
                .containsExactly("total", "band", "criteria", "red_flags", "key_points", "rubric_version");
        assertThat(json.get("criteria")).hasSize(7);
        assertThat(json.get("criteria").get(0).fieldNames())
                .toIterable()
                .containsExactly("id", "points", "max", "evidence", "tip");
        assertThat(json.get("criteria").get(0).get("evidence").get(0).fieldNames())
                .toIterable()
                .containsExactly("quote", "start", "end");
        assertThat(json.get("red_flags").get(0).get("id").asText()).isEqualTo("hedge");
        assertThat(json.get("key_points").get("covered").get(0).asText()).isEqualTo("states the delay budget");
        assertThat(json.get("rubric_version").asText()).isEqualTo("2026.12-1");
    }

    @Test
    @DisplayName("a score stored before key-point quotes and deductions (and with a field since dropped) still reads")
    void olderLayout() {
        String json = "{\"total\":61.5,\"band\":\"good\",\"criteria\":[{\"id\":\"outcome\",\"points\":9.0,\"max\":15.0,"
                + "\"evidence\":[{\"quote\":\"users wait\",\"start\":0,\"end\":10}],\"tip\":\"Open with it.\"},"
                + "{\"id\":\"budget\",\"points\":5.0,\"max\":10.0,\"evidence\":[]}],"
                + "\"red_flags\":[{\"id\":\"hedge\",\"explanation\":\"a hedge\",\"deduction\":5.0,\"evidence\":[]}],"
                + "\"key_points\":{\"covered\":[\"states the budget\"],\"missed\":[\"names a rollout\"]},"
                + "\"rubric_version\":\"2026.10-1\",\"dropped\":true}";

        Score s = ScoreJson.fromJson(json);

        assertThat(s.total()).isEqualTo(61.5);
        assertThat(s.criteria())
                .containsExactly(
                        new CriterionScore(
                                Criterion.OUTCOME, 9, 15, List.of(new Evidence("users wait", 0, 10)), "Open with it."),
                        new CriterionScore(Criterion.BUDGET, 5, 10, List.of(), ""));
        assertThat(s.redFlags()).containsExactly(new RedFlag(RedFlagKind.HEDGE, "a hedge", 5, List.of()));
        assertThat(s.keyPoints())
                .isEqualTo(new KeyPointCoverage(List.of("states the budget"), List.of("names a rollout")));
        assertThat(s.tip()).isEqualTo("User outcome first: Open with it.");
        assertThat(s.rubricVersion()).isEqualTo("2026.10-1");
    }

    @Test
    @DisplayName(
            "a score without key points, red flags or a version reads as empty ones; text that is no score is refused")
    void sparseAndBroken() {
        Score s = ScoreJson.fromJson("{\"total\":12,\"band\":\"weak\",\"criteria\":[]}");

        assertThat(s.redFlags()).isEmpty();
        assertThat(s.keyPoints()).isEqualTo(KeyPointCoverage.NONE);
        assertThat(s.rubricVersion()).isEmpty();
        assertThatThrownBy(() -> ScoreJson.fromJson("{\"total\":"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a score JSON object");
        assertThatThrownBy(() -> ScoreJson.fromJson("{\"criteria\":[{\"id\":\"charm\"}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown criterion \"charm\"");
    }

    @Test
    @DisplayName(
            "a score read back from its JSON equals the original except the overall tip, rebuilt from the criteria")
    void roundTrip() {
        Score score = SCORER.score(
                "Users want answers instantly, so I targeted 80 ms; int8 took it from 140 ms"
                        + " to 70 ms. Fast enough.",
                Optional.empty());

        Score back = ScoreJson.fromJson(ScoreJson.toJson(score));

        assertThat(back.total()).isEqualTo(score.total());
        assertThat(back.band()).isEqualTo(score.band());
        assertThat(back.criteria()).isEqualTo(score.criteria());
        assertThat(back.redFlags()).isEqualTo(score.redFlags());
        assertThat(back.rubricVersion()).isEqualTo(score.rubricVersion());
        assertThat(back.tip()).isNotEmpty();
    }
}
