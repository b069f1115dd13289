package dev.mledrill.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.AnswerTarget;
import dev.mledrill.privacy.Erasure;
import dev.mledrill.privacy.UserData;
import dev.mledrill.privacy.UserSelector;
import dev.mledrill.rubric.Criterion;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Export, erasure and retention on a real H2 database migrated by Flyway (and on PostgreSQL, see the subclass). */
class JdbcPersonalDataTest {
    private static final Instant DAY1 = Instant.parse("2026-03-02T08:00:00Z");
    private static final ChannelRef T1_CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final ChannelRef T2_CHANNEL = new ChannelRef(Platform.SLACK, "T2", "C9");
    private static final UserRef ALICE_T1 = new UserRef(Platform.SLACK, "T1", "U1");
    private static final UserRef ALICE_T2 = new UserRef(Platform.SLACK, "T2", "U1");
    private static final UserRef BOB_T1 = new UserRef(Platform.SLACK, "T1", "U2");

    private Database db;
    private PersonalRows rows;
    private JdbcPersonalData data;
    private long aliceAnswer;

    /** The database under test: a fresh, migrated one. PostgreSQL subclasses override it. */
    protected Database openDatabase() {
        return Database.h2InMemory("privacy-" + UUID.randomUUID());
    }

    @BeforeEach
    void open() {
        db = openDatabase();
        rows = new PersonalRows(db);
        data = new JdbcPersonalData(db.dataSource());
        AnswerTarget.Daily t1Question = rows.question(T1_CHANNEL, "q1", DAY1);
        AnswerTarget.Daily t2Question = rows.question(T2_CHANNEL, "q1", DAY1);
        aliceAnswer =
                rows.answer(ALICE_T1, T1_CHANNEL, t1Question, "Alice: latency 110 ms to 82 ms", DAY1.plusSeconds(60));
        rows.score(aliceAnswer, 0, "110 ms to 82 ms", DAY1.plusSeconds(61));
        rows.edit(aliceAnswer, "Alice: latency 110 ms to 80 ms on a Pixel 7", DAY1.plusSeconds(120));
        rows.score(aliceAnswer, 1, "110 ms to 80 ms", DAY1.plusSeconds(121));
        AnswerTarget.Practice practice = rows.practice(ALICE_T1, "q2", DAY1.plusSeconds(300));
        rows.score(
                rows.answer(ALICE_T1, T1_CHANNEL, practice, "Alice practising", DAY1.plusSeconds(400)),
                0,
                "practising",
                DAY1.plusSeconds(401));
        rows.score(
                rows.answer(ALICE_T2, T2_CHANNEL, t2Question, "Alice in the other workspace", DAY1.plusSeconds(90)),
                0,
                "other",
                DAY1.plusSeconds(91));
        rows.score(
                rows.answer(BOB_T1, T1_CHANNEL, t1Question, "Bob: battery drain halved", DAY1.plusSeconds(70)),
                0,
                "halved",
                DAY1.plusSeconds(71));
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    @DisplayName(
            "forgetting a user in one workspace deletes their answers, edits, scores, criteria, practice and user row there only")
    void forgetsOneWorkspace() {
        // when
        Erasure erasure = data.erase(UserSelector.account(ALICE_T1));

        // then
        assertThat(erasure.accounts()).containsExactly(ALICE_T1);
        assertThat(erasure.rows("answers")).isEqualTo(2);
        assertThat(erasure.rows("answer_edits")).isEqualTo(1);
        assertThat(erasure.rows("scores")).isEqualTo(3);
        assertThat(rows.count("select count(*) from score_criteria"))
                .as("criteria of the scores left")
                .isEqualTo(4);
        assertThat(erasure.rows("practice_sessions")).isEqualTo(1);
        assertThat(erasure.rows("users")).isEqualTo(1);
        assertThat(rows.count("select count(*) from answers where body like 'Alice%'"))
                .isEqualTo(1);
        assertThat(rows.count("select count(*) from answers where body like 'Bob%'"))
                .isEqualTo(1);
        assertThat(rows.count("select count(*) from scores")).isEqualTo(2);
        assertThat(rows.count("select count(*) from answer_edits")).isZero();
        assertThat(rows.count("select count(*) from practice_sessions")).isZero();
        assertThat(data.accounts(new UserSelector("U1", Optional.empty(), Optional.empty())))
                .containsExactly(ALICE_T2);
    }

    @Test
    @DisplayName(
            "forgetting a user everywhere on the platform removes them from every workspace and leaves others alone")
    void forgetsEverywhere() {
        Erasure erasure = data.erase(UserSelector.everywhereOn(ALICE_T1));

        assertThat(erasure.accounts()).containsExactly(ALICE_T1, ALICE_T2);
        assertThat(rows.count("select count(*) from answers where body like 'Alice%'"))
                .isZero();
        assertThat(rows.count("select count(*) from users where external_id = 'U1'"))
                .isZero();
        assertThat(rows.count("select count(*) from answers")).isEqualTo(1);
        assertThat(rows.count("select count(*) from score_criteria")).isEqualTo(2);
        assertThat(data.erase(UserSelector.everywhereOn(ALICE_T1)).nothingFound())
                .isTrue();
    }

    @Test
    @DisplayName("an export holds the answer texts, the edit history and every score per criterion")
    void exportsEverything() {
        UserData export = data.export(ALICE_T1);

        assertThat(export.displayName()).isEqualTo("U1 name");
        assertThat(export.answers()).hasSize(2);
        UserData.Answer daily = export.answers().get(0);
        assertThat(daily.text()).isEqualTo("Alice: latency 110 ms to 80 ms on a Pixel 7");
        assertThat(daily.channel()).isEqualTo("C1");
        assertThat(daily.edits()).singleElement().satisfies(e -> {
            assertThat(e.previousText()).isEqualTo("Alice: latency 110 ms to 82 ms");
            assertThat(e.text()).isEqualTo("Alice: latency 110 ms to 80 ms on a Pixel 7");
        });
        assertThat(daily.scores()).extracting(UserData.Score::revision).containsExactly(0, 1);
        assertThat(daily.scores().get(1).current()).isTrue();
        assertThat(daily.scores().get(1).criteria())
                .extracting(UserData.CriterionPoints::criterion)
                .containsExactlyInAnyOrder("outcome", "evidence");
        assertThat(export.answers().get(1).practice()).isTrue();
        assertThat(export.practiceSessions())
                .singleElement()
                .extracting(UserData.PracticeSession::questionId)
                .isEqualTo("q2");
        assertThat(export.answers()).noneMatch(a -> a.text().startsWith("Bob"));
    }

    @Test
    @DisplayName(
            "retention removes old scored texts, edit texts and evidence quotes, and keeps scores, new and unscored answers")
    void retentionKeepsScores() {
        // given an old answer that is not scored yet, and one received after the cutoff
        AnswerTarget.Daily later = rows.question(T1_CHANNEL, "q3", DAY1.plus(Duration.ofDays(10)));
        long unscored = rows.answer(
                BOB_T1,
                T1_CHANNEL,
                rows.question(T1_CHANNEL, "q4", DAY1.minus(Duration.ofDays(1))),
                "Bob unscored",
                DAY1.minus(Duration.ofDays(1)).plusSeconds(60));
        long recent = rows.answer(BOB_T1, T1_CHANNEL, later, "Bob recent", DAY1.plus(Duration.ofDays(10)));
        rows.score(recent, 0, "recent", DAY1.plus(Duration.ofDays(10)));
        Instant now = DAY1.plus(Duration.ofDays(11));

        // when
        int purged = data.purgeAnswerTexts(DAY1.plus(Duration.ofDays(5)), now);

        // then
        assertThat(purged).isEqualTo(4);
        assertThat(rows.text("select body from answers where id = " + aliceAnswer))
                .isNull();
        assertThat(rows.count(
                        "select count(*) from answers where id = " + aliceAnswer + " and body_deleted_at is not null"))
                .isEqualTo(1);
        assertThat(rows.count("select count(*) from answer_edits where body is not null or previous_body is not null"))
                .isZero();
        assertThat(rows.text("select body from answers where id = " + unscored)).isEqualTo("Bob unscored");
        assertThat(rows.text("select body from answers where id = " + recent)).isEqualTo("Bob recent");
        assertThat(rows.count("select count(*) from scores")).isEqualTo(6);
        assertThat(rows.count("select count(*) from score_criteria")).isEqualTo(12);
        JdbcScoreStore scores = new JdbcScoreStore(db.dataSource());
        assertThat(scores.current(aliceAnswer)
                        .orElseThrow()
                        .criterion(Criterion.OUTCOME)
                        .evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.quote()).isEmpty());
        assertThat(rows.count("select count(*) from scores where packed is null"))
                .isZero();
        assertThat(scores.current(recent)
                        .orElseThrow()
                        .criterion(Criterion.OUTCOME)
                        .evidence()
                        .get(0)
                        .quote())
                .isEqualTo("recent");
        assertThat(data.purgeAnswerTexts(DAY1.plus(Duration.ofDays(5)), now)).isZero();
    }

    @Test
    @DisplayName(
            "every table that points at a user's rows, directly or through answers and scores, is cleared by forget")
    void forgetCoversEveryUserTable() throws Exception {
        Set<String> reachable = new HashSet<>();
        try (Connection c = db.connection()) {
            DatabaseMetaData meta = c.getMetaData();
            boolean upper = meta.storesUpperCaseIdentifiers();
            Deque<String> todo = new ArrayDeque<>(Set.of(upper ? "USERS" : "users"));
            while (!todo.isEmpty()) {
                String table = todo.pop();
                if (!reachable.add(table.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                try (ResultSet keys = meta.getExportedKeys(null, upper ? "PUBLIC" : "public", table)) {
                    while (keys.next()) {
                        todo.push(keys.getString("FKTABLE_NAME"));
                    }
                }
            }
        }
        assertThat(JdbcPersonalData.USER_TABLES.keySet()).containsAll(reachable);
    }
}
