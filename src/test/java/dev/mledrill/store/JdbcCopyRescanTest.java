package dev.mledrill.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.AnswerTarget;
import dev.mledrill.drill.AnswerText;
import dev.mledrill.drill.copies.Signer;
import dev.mledrill.testing.CopyTexts;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code rescore}'s near-copy pass over answers stored before the check existed: it signs them,
 * flags what the live check would flag, keeps the standings equal to a rebuild, and a second run
 * does nothing. On PostgreSQL too (subclass).
 */
class JdbcCopyRescanTest {
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final UserRef ALICE = new UserRef(Platform.SLACK, "T1", "UA");
    private static final UserRef BOB = new UserRef(Platform.SLACK, "T1", "UB");
    private static final UserRef CARL = new UserRef(Platform.SLACK, "T1", "UC");
    private static final Instant DAY1 = Instant.parse("2026-03-02T08:00:00Z");

    private Database db;
    private PersonalRows rows;
    private final Map<String, Long> ids = new LinkedHashMap<>();

    protected Database openDatabase() {
        return Database.h2InMemory("rescan-" + UUID.randomUUID());
    }

    @BeforeEach
    void seed() {
        db = openDatabase();
        rows = new PersonalRows(db);
        AnswerTarget.Daily q1 = rows.question(CHANNEL, "q1", DAY1);
        AnswerTarget.Daily q2 = rows.question(CHANNEL, "q2", DAY1.plus(Duration.ofDays(1)));
        ids.put("alice", rows.answer(ALICE, CHANNEL, q1, CopyTexts.ALICE_TEXT, DAY1.plusSeconds(60)));
        ids.put("bob", rows.answer(BOB, CHANNEL, q1, CopyTexts.BOB_COPY, DAY1.plusSeconds(120)));
        ids.put("carl", rows.answer(CARL, CHANNEL, q1, CopyTexts.CARL_HONEST, DAY1.plusSeconds(180)));
        ids.put(
                "alice-again",
                rows.answer(
                        ALICE,
                        CHANNEL,
                        q2,
                        CopyTexts.ALICE_TEXT,
                        DAY1.plus(Duration.ofDays(1)).plusSeconds(60)));
        ids.put(
                "bob-q2",
                rows.answer(
                        BOB,
                        CHANNEL,
                        q2,
                        CopyTexts.BOB_OWN,
                        DAY1.plus(Duration.ofDays(1)).plusSeconds(90)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName(
            "rescore signs and checks answers stored before the check, flags copies and recycling, and then has nothing to do")
    void checksOldAnswersOnce() throws SQLException {
        assertThat(count("select count(*) from answer_signatures")).isZero();

        JdbcCopyRescan.Result first = new JdbcCopyRescan(db.dataSource(), new Signer(), 2, 2).run();

        assertThat(first).isEqualTo(new JdbcCopyRescan.Result(5, 5, 1, 1));
        assertThat(flags())
                .containsExactly(
                        Map.entry("alice", "-"),
                        Map.entry("bob", "copied"),
                        Map.entry("carl", "-"),
                        Map.entry("alice-again", "recycled"),
                        Map.entry("bob-q2", "-"));
        assertThat(count("select count(*) from standings where scope = 'channel'"))
                .isEqualTo(3);
        assertStandingsEqualARebuild();

        JdbcCopyRescan.Result second = new JdbcCopyRescan(db.dataSource(), new Signer(), 2, 2).run();
        assertThat(second).isEqualTo(new JdbcCopyRescan.Result(0, 0, 0, 0));
    }

    @Test
    @DisplayName("the rescore pass and the live check give every answer the same verdict")
    void agreesWithTheLiveCheck() throws SQLException {
        new JdbcCopyRescan(db.dataSource(), new Signer(), 2, 100).run();
        Map<String, String> rescanned = flags();
        execute(
                "update answers set copy_flag = null, copy_of = null, copy_similarity = null, copy_checked_revision = null,"
                        + " copy_method = null");
        execute("delete from answer_signatures");
        JdbcCopyChecks live = new JdbcCopyChecks(db.dataSource(), new Signer());
        Signer signer = new Signer();
        JdbcAnswerStore answers = new JdbcAnswerStore(db.dataSource());
        for (long id : ids.values()) {
            var answer = answers.find(id).orElseThrow();
            live.check(id, answer.revision(), signer.sign(AnswerText.forScoring(answer.body())));
        }

        assertThat(flags()).isEqualTo(rescanned);
        assertStandingsEqualARebuild();
    }

    @Test
    @DisplayName("an edited answer is checked again by the next rescore; a withdrawn one is not checked")
    void staleRevisionsAreCheckedAgain() throws SQLException {
        new JdbcCopyRescan(db.dataSource(), new Signer(), 1, 10).run();
        new JdbcAnswerStore(db.dataSource())
                .revise(
                        ids.get("bob"),
                        "edit-1",
                        CopyTexts.BOB_OWN.replace("users", "people"),
                        DAY1.plusSeconds(600),
                        true);
        new JdbcAnswerStore(db.dataSource()).withdraw(ids.get("alice-again"), "del-1", DAY1.plusSeconds(700));

        JdbcCopyRescan.Result again = new JdbcCopyRescan(db.dataSource(), new Signer(), 1, 10).run();

        assertThat(again).isEqualTo(new JdbcCopyRescan.Result(1, 1, 0, 0));
        assertThat(flags().get("bob")).isEqualTo("-");
        assertStandingsEqualARebuild();
    }

    private Map<String, String> flags() throws SQLException {
        Map<String, String> flags = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : ids.entrySet()) {
            try (Connection c = db.dataSource().getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select copy_flag from answers where id = " + e.getValue())) {
                rs.next();
                flags.put(e.getKey(), rs.getString(1) == null ? "-" : rs.getString(1));
            }
        }
        return flags;
    }

    private void assertStandingsEqualARebuild() throws SQLException {
        String kept = dump();
        Standings.rebuild(db.dataSource());
        assertThat(dump()).isEqualTo(kept);
    }

    private String dump() throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select scope, scope_id, user_id, points, answered from standings"
                        + " order by scope, scope_id, user_id")) {
            while (rs.next()) {
                out.append(rs.getString(1))
                        .append(rs.getLong(2))
                        .append('/')
                        .append(rs.getLong(3))
                        .append('=')
                        .append(rs.getDouble(4))
                        .append('/')
                        .append(rs.getInt(5))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private int count(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
