package dev.mledrill.rubric;

import static org.assertj.core.api.Assertions.assertThat;

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
        Score score = SCORER.score(RubricScorerTest.STRONG + " It is fast enough.",
                Optional.of(RubricScorerTest.question(Set.of(), List.of("states the delay budget"))));

        JsonNode json = new ObjectMapper().readTree(ScoreJson.toJson(score));

        assertThat(json.fieldNames()).toIterable().containsExactly("total", "band", "criteria", "red_flags",
                "key_points", "rubric_version");
        assertThat(json.get("criteria")).hasSize(7);
        assertThat(json.get("criteria").get(0).fieldNames()).toIterable()
                .containsExactly("id", "points", "max", "evidence", "tip");
        assertThat(json.get("criteria").get(0).get("evidence").get(0).fieldNames()).toIterable()
                .containsExactly("quote", "start", "end");
        assertThat(json.get("red_flags").get(0).get("id").asText()).isEqualTo("hedge");
        assertThat(json.get("key_points").get("covered").get(0).asText()).isEqualTo("states the delay budget");
        assertThat(json.get("rubric_version").asText()).isEqualTo("2026.12-1");
    }

    @Test
    @DisplayName("the streamed JSON text and the JSON tree are the same object")
    void textEqualsTree() throws Exception {
        Score score = SCORER.score(RubricScorerTest.STRONG + " It is fast enough.",
                Optional.of(RubricScorerTest.question(Set.of(), List.of("states the delay budget", "names a rollout"))));

        assertThat(new ObjectMapper().readTree(ScoreJson.toJson(score))).isEqualTo(ScoreJson.toNode(score));
    }

    @Test
    @DisplayName("a score read back from its JSON equals the original except the overall tip, rebuilt from the criteria")
    void roundTrip() {
        Score score = SCORER.score("Users want answers instantly, so I targeted 80 ms; int8 took it from 140 ms"
                + " to 70 ms. Fast enough.", Optional.empty());

        Score back = ScoreJson.fromJson(ScoreJson.toJson(score));

        assertThat(back.total()).isEqualTo(score.total());
        assertThat(back.band()).isEqualTo(score.band());
        assertThat(back.criteria()).isEqualTo(score.criteria());
        assertThat(back.redFlags()).isEqualTo(score.redFlags());
        assertThat(back.rubricVersion()).isEqualTo(score.rubricVersion());
        assertThat(back.tip()).isNotEmpty();
    }
}
