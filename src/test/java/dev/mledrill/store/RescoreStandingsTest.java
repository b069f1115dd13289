package dev.mledrill.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mledrill.rubric.AskedQuestion;
import dev.mledrill.rubric.Rubric;
import dev.mledrill.rubric.RubricScorer;
import dev.mledrill.rubric.Score;
import dev.mledrill.rubric.Scorer;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The standings a rescore keeps chunk by chunk (question_bests, standings, and so the boards) equal
 * what a rebuild from the answers and their new current scores adds up to, with answers spread over
 * many chunks and workers, several answers of one person to one question in different chunks,
 * answers that do not count, and a run that stops half way and is run again.
 */
class RescoreStandingsTest {
    private static final String OLD_VERSION = "2026.10-1";
    private static final List<String> BODIES = List.of(
            "Scrolling stutters past 16 ms a frame, so the image classifier had to fit in 8 ms on the GPU."
                    + " Int8 took it from 19 ms to 7 ms with top-1 within 0.3% of FP32.",
            "Just use a smaller model, OCR is a solved problem.",
            "We cut p99 latency from 240 ms to 90 ms by batching requests, at a cost of 2% recall.");
    private static final String BESTS = "select user_id, posted_question_id, channel_id, workspace_id, drill_date,"
            + " best, first_at from question_bests order by user_id, posted_question_id";
    private static final String TOTALS = "select scope, scope_id, user_id, points, answered, first_at from standings"
            + " order by scope, scope_id, user_id";
    private static final String BOARD = "select user_id, points, answered from standings where scope = 'channel'"
            + " order by cast(points as decimal(12, 4)) desc, user_id";

    private final RubricScorer scorer = new RubricScorer(Rubric.defaults());
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    private Database db;

    /** The database under test: a fresh, migrated one. PostgreSQL subclasses override it. */
    protected Database openDatabase() {
        return Database.h2InMemory("rescore-standings-" + UUID.randomUUID());
    }

    @BeforeEach
    void open() throws SQLException {
        db = openDatabase();
        // 1,600 answers of 500 people over 4 drill days, then some that do not count and some second answers
        StoredAnswerSeed.seed(db.dataSource(), 1_600, BODIES, List.of("q1", "q2"), OLD_VERSION);
        execute("update answers set late = true where mod(id, 17) = 0");
        execute("update answers set practice = true where mod(id, 19) = 0");
        execute("update answers set withdrawn_at = received_at where mod(id, 23) = 0");
        // a second answer to the day before's question, 500 ids (a chunk or more) after the first
        execute("update answers set posted_question_id = (select p.posted_question_id from answers p"
                + " where p.id = answers.id - 500) where mod(id, 7) = 0 and id > 500 and id <= 1000");
        execute("update answers set received_at = received_at + interval '1' hour where mod(id, 5) = 0");
        Standings.rebuild(db.dataSource());
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    @DisplayName("after a rescore the kept standings and boards equal standings computed from scratch")
    void keptStandingsEqualARebuildAfterARescore() {
        String boardBefore = snapshot(BOARD);

        int rescored = rescorer(scorer, 2, 97).rescore().rescored();

        assertThat(rescored).isEqualTo(count("select count(*) from answers where withdrawn_at is null"));
        assertKeptEqualsRebuilt();
        assertThat(snapshot(BOARD)).as("the board moved with the new scores").isNotEqualTo(boardBefore);
    }

    @Test
    @DisplayName("a rescore that stops half way leaves standings that add up, and running it again finishes it")
    void interruptedRescoreResumes() {
        AtomicInteger scored = new AtomicInteger();
        Scorer failing = new Scorer() {
            @Override
            public Score score(String answer, Optional<? extends AskedQuestion> question) {
                if (scored.incrementAndGet() == 700) {
                    throw new IllegalStateException("killed");
                }
                return scorer.score(answer, question);
            }

            @Override
            public String rubricVersion() {
                return scorer.rubricVersion();
            }
        };

        assertThatThrownBy(() -> rescorer(failing, 2, 97).rescore()).hasMessageContaining("killed");
        int first = count("select count(*) from scores where rubric_version = '" + scorer.rubricVersion() + "'");
        assertKeptEqualsRebuilt();
        int second = rescorer(scorer, 1, 250).rescore().rescored();

        assertThat(first).isPositive();
        assertThat(first + second).isEqualTo(count("select count(*) from answers where withdrawn_at is null"));
        assertThat(count("select count(*) from (select answer_id from scores where current_score"
                        + " group by answer_id having count(*) > 1) twice"))
                .as("one current score per answer")
                .isZero();
        assertKeptEqualsRebuilt();
    }

    private JdbcRescorer rescorer(Scorer with, int threads, int chunk) {
        return new JdbcRescorer(db.dataSource(), with, id -> Optional.empty(), clock, threads, chunk);
    }

    private void assertKeptEqualsRebuilt() {
        String keptBests = snapshot(BESTS);
        String keptTotals = snapshot(TOTALS);
        String keptBoard = snapshot(BOARD);
        Standings.rebuild(db.dataSource());
        assertThat(keptBests).as("question_bests").isEqualTo(snapshot(BESTS));
        assertThat(keptTotals).as("standings").isEqualTo(snapshot(TOTALS));
        assertThat(keptBoard).as("channel board").isEqualTo(snapshot(BOARD));
    }

    private String snapshot(String sql) {
        return TestSql.rows(db, sql);
    }

    private int count(String sql) {
        String rows = snapshot(sql).strip();
        return rows.isEmpty()
                ? 0
                : Integer.parseInt(rows.lines().findFirst().orElseThrow().strip());
    }

    private void execute(String sql) {
        TestSql.execute(db, sql);
    }
}
