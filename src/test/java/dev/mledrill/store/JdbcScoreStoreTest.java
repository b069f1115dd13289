package dev.mledrill.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.AnswerTarget;
import dev.mledrill.drill.NewAnswer;
import dev.mledrill.drill.TestScores;
import dev.mledrill.rubric.Score;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JdbcScoreStoreTest {
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.DISCORD, "G1", "C1");
    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

    private Database db;
    private JdbcAnswerStore answers;
    private JdbcScoreStore scores;

    /** The database under test: a fresh, migrated one. PostgreSQL subclasses override it. */
    protected Database openDatabase() {
        return Database.h2InMemory("scores-" + System.nanoTime());
    }

    @BeforeEach
    void open() {
        db = openDatabase();
        answers = new JdbcAnswerStore(db.dataSource());
        scores = new JdbcScoreStore(db.dataSource());
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private long answer() {
        long posted = TestPosts.posted(db, CHANNEL, "q1", "th", AT, AT.plusSeconds(86_400));
        return ((Receipt.Stored) answers.insert(new NewAnswer(
                        "e1",
                        new UserRef(Platform.DISCORD, "G1", "U1"),
                        "Uma",
                        CHANNEL,
                        "m1",
                        new AnswerTarget.Daily(posted, "q1", "th", AT.plusSeconds(86_400)),
                        "v0",
                        AT)))
                .answerId();
    }

    @Test
    @DisplayName(
            "a score is stored with its criterion points as columns (rows of the score_criteria view) and read back whole")
    void savesScoreWithCriteria() throws Exception {
        long id = answer();
        Score score = TestScores.score(64);

        assertThat(scores.save(id, 0, score, AT)).isTrue();

        assertThat(Double.parseDouble(query("select total from scores where current_score and answer_id = " + id)))
                .isEqualTo(64.0);
        assertThat(query("select count(*) from score_criteria")).isEqualTo("2");
        assertThat(Double.parseDouble(query("select outcome_points from scores")))
                .isEqualTo(10.0);
        assertThat(Double.parseDouble(query("select outcome_max from scores"))).isEqualTo(15.0);
        assertThat(query("select count(*) from scores where details is null and packed is not null"))
                .isEqualTo("1");
        assertThat(scores.current(id)).contains(score);
    }

    @Test
    @DisplayName("the newest revision's score becomes current; scoring the same revision twice is refused")
    void currentFollowsRevision() throws Exception {
        long id = answer();
        scores.save(id, 0, TestScores.score(30), AT);
        answers.revise(id, "e2", "v1", AT.plusSeconds(5), true);

        boolean again = scores.save(id, 0, TestScores.score(31), AT.plusSeconds(6));
        scores.save(id, 1, TestScores.score(80), AT.plusSeconds(7));

        assertThat(again).isFalse();
        assertThat(Double.parseDouble(query("select total from scores where current_score")))
                .isEqualTo(80.0);
        assertThat(query("select count(*) from scores")).isEqualTo("2");
    }

    @Test
    @DisplayName("a late score for an older revision is kept but does not become current")
    void olderRevisionNotCurrent() throws Exception {
        long id = answer();
        answers.revise(id, "e2", "v1", AT.plusSeconds(5), true);

        scores.save(id, 0, TestScores.score(30), AT.plusSeconds(6));

        assertThat(query("select count(*) from scores where current_score")).isEqualTo("0");
        assertThat(answers.unscored()).containsExactly(id);
    }

    private String query(String sql) throws Exception {
        try (Connection c = db.connection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
