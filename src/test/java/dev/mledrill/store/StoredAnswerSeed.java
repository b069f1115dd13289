package dev.mledrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/**
 * Fills the database with daily answers (500 users, 250 drill days of one channel) scored under an
 * old rubric version, in JDBC batches, with their standings (tests and the rescore bench).
 */
public final class StoredAnswerSeed {
    private static final Timestamp AT = Timestamp.from(Instant.parse("2026-11-02T09:00:00Z"));
    private static final int BATCH = 2_000;
    /** Answers go round-robin to these users, each on one of the channel's drill days, so they count in the standings. */
    private static final int USERS = 500;

    private static final int DAYS = 250;

    private StoredAnswerSeed() {}

    /** Inserts {@code count} answers cycling through {@code bodies} and {@code questionIds}, each with one current old score. */
    public static void seed(
            DataSource dataSource, int count, List<String> bodies, List<String> questionIds, String oldVersion)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long workspace = insert(
                    c,
                    "insert into workspaces (platform, external_id, name, created_at) values"
                            + " ('slack', 'T-seed', 'seed', ?)");
            long[] users = new long[USERS];
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into users (workspace_id, external_id, display_name,"
                            + " created_at) values (?, ?, 'seed', ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (int u = 0; u < USERS; u++) {
                    ps.setLong(1, workspace);
                    ps.setString(2, u == 0 ? "U-seed" : "U-seed-" + u);
                    ps.setTimestamp(3, AT);
                    ps.executeUpdate();
                    users[u] = key(ps);
                }
            }
            long channel;
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into channels (workspace_id, external_id, created_at)" + " values (?, 'C-seed', ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, workspace);
                ps.setTimestamp(2, AT);
                ps.executeUpdate();
                channel = key(ps);
            }
            long[] days = new long[DAYS];
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into posted_questions (channel_id, drill_date, question_id,"
                            + " category, status, claimed_at, posted_at, window_closes_at, message_id, thread_id)"
                            + " values (?, ?, 'q1', 'latency', 'POSTED', ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (int d = 0; d < DAYS; d++) {
                    ps.setLong(1, channel);
                    ps.setObject(2, LocalDate.of(2026, 11, 2).minusDays(d));
                    ps.setTimestamp(3, AT);
                    ps.setTimestamp(4, AT);
                    ps.setTimestamp(5, Timestamp.from(AT.toInstant().plus(Duration.ofDays(1))));
                    ps.setString(6, "seed-post-" + d);
                    ps.setString(7, "seed-thread-" + d);
                    ps.executeUpdate();
                    days[d] = key(ps);
                }
            }
            try (PreparedStatement answers = c.prepareStatement(
                            "insert into answers (workspace_id, user_id, question_id,"
                                    + " platform_message_id, body, revision, received_at, channel_id, posted_question_id)"
                                    + " values (?, ?, ?, ?, ?, 0, ?, ?, ?)",
                            new String[] {"id"});
                    PreparedStatement scores = c.prepareStatement(
                            "insert into scores (answer_id, revision, rubric_version,"
                                    + " total, band, details, current_score, scored_at) values (?, 0, ?, 10, 'poor', '{}', true, ?)")) {
                for (int i = 0; i < count; i++) {
                    answers.setLong(1, workspace);
                    answers.setLong(2, users[i % USERS]);
                    answers.setString(3, questionIds.get(i % questionIds.size()));
                    answers.setString(4, "M" + i);
                    answers.setString(5, bodies.get(i % bodies.size()));
                    answers.setTimestamp(6, AT);
                    answers.setLong(7, channel);
                    answers.setLong(8, days[i / USERS % DAYS]);
                    answers.addBatch();
                    if ((i + 1) % BATCH == 0 || i == count - 1) {
                        answers.executeBatch();
                        try (ResultSet keys = answers.getGeneratedKeys()) {
                            while (keys.next()) {
                                scores.setLong(1, keys.getLong(1));
                                scores.setString(2, oldVersion);
                                scores.setTimestamp(3, AT);
                                scores.addBatch();
                            }
                        }
                        scores.executeBatch();
                        c.commit();
                    }
                }
            }
            Standings.rebuild(c);
            c.commit();
        }
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setTimestamp(1, AT);
            ps.executeUpdate();
            return key(ps);
        }
    }

    private static long key(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
