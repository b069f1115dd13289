package dev.mledrill.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.question.Difficulty;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.rubric.Rubric;
import dev.mledrill.rubric.RubricScorer;
import dev.mledrill.rubric.Score;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JdbcRescorerTest {
    private static final String STRONG = "Scrolling stutters past 16 ms a frame, so the image classifier had to fit in"
            + " 8 ms on the GPU. Int8 took it from 19 ms to 7 ms with top-1 within 0.3% of FP32.";
    private static final String WEAK = "Just use a smaller model, OCR is a solved problem.";
    private static final Question PRIVACY_FOCUS = new Question(
            "q-privacy", "privacy", Difficulty.EASY, "?", Set.of(Criterion.PRIVACY), List.of(), List.of(), List.of());

    private final Database db = Database.h2InMemory("rescore-" + System.nanoTime());
    private final RubricScorer scorer = new RubricScorer(Rubric.defaults());
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    @AfterEach
    void close() {
        db.close();
    }

    private JdbcRescorer rescorer(int chunk) {
        return new JdbcRescorer(
                db.dataSource(),
                scorer,
                id -> id.equals("q-privacy") ? Optional.of(PRIVACY_FOCUS) : Optional.empty(),
                clock,
                2,
                chunk);
    }

    @Test
    @DisplayName(
            "after a rubric change every live answer gets a current score under the new version; old ones stay as history")
    void rescoresKeepingHistory() throws Exception {
        StoredAnswerSeed.seed(db.dataSource(), 7, List.of(STRONG, WEAK), List.of("q-privacy", "gone"), "2026.10-1");
        exec("update answers set withdrawn_at = received_at where platform_message_id = 'M6'");

        JdbcRescorer.Result result = rescorer(3).rescore();

        assertThat(result.rescored()).isEqualTo(6);
        assertThat(count("select count(*) from scores")).isEqualTo(13);
        assertThat(count("select count(*) from scores where rubric_version = '2026.10-1' and current_score"))
                .isEqualTo(1);
        assertThat(count("select count(*) from scores where rubric_version = '2026.12-1' and current_score"))
                .isEqualTo(6);
        assertThat(count("select count(*) from score_criteria")).isEqualTo(6 * 7);
        try (Connection c = db.connection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select s.total, a.id from scores s join answers a on a.id = s.answer_id"
                        + " where a.platform_message_id = 'M0' and s.current_score")) {
            rs.next();
            Score expected = scorer.score(STRONG, Optional.of(PRIVACY_FOCUS));
            assertThat(rs.getDouble(1)).isEqualTo(expected.total());
            assertThat(new JdbcScoreStore(db.dataSource()).current(rs.getLong(2)))
                    .contains(expected);
        }
    }

    @Test
    @DisplayName("a second run finds nothing to do, and an answer scored meanwhile is not scored twice")
    void idempotent() throws Exception {
        StoredAnswerSeed.seed(db.dataSource(), 5, List.of(STRONG), List.of("x"), "2026.10-1");
        rescorer(2).rescore();

        JdbcRescorer.Result again = rescorer(2).rescore();

        assertThat(again.rescored()).isZero();
        assertThat(count("select count(*) from scores where rubric_version = '2026.12-1'"))
                .isEqualTo(5);
    }

    private int count(String sql) throws SQLException {
        try (Connection c = db.connection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = db.connection();
                Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }
}
