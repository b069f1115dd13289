package dev.mledrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** Fills the database with answers scored under an old rubric version, in JDBC batches (tests and the rescore bench). */
public final class StoredAnswerSeed {
    private static final Timestamp AT = Timestamp.from(Instant.parse("2026-11-02T09:00:00Z"));
    private static final int BATCH = 2_000;

    private StoredAnswerSeed() {
    }

    /** Inserts {@code count} answers cycling through {@code bodies} and {@code questionIds}, each with one current old score. */
    public static void seed(DataSource dataSource, int count, List<String> bodies, List<String> questionIds,
            String oldVersion) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long workspace = insert(c, "insert into workspaces (platform, external_id, name, created_at) values"
                    + " ('slack', 'T-seed', 'seed', ?)");
            long user;
            try (PreparedStatement ps = c.prepareStatement("insert into users (workspace_id, external_id, display_name,"
                    + " created_at) values (?, 'U-seed', 'seed', ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, workspace);
                ps.setTimestamp(2, AT);
                ps.executeUpdate();
                user = key(ps);
            }
            try (PreparedStatement answers = c.prepareStatement("insert into answers (workspace_id, user_id, question_id,"
                    + " platform_message_id, body, revision, received_at) values (?, ?, ?, ?, ?, 0, ?)",
                    new String[] {"id"});
                 PreparedStatement scores = c.prepareStatement("insert into scores (answer_id, revision, rubric_version,"
                    + " total, band, details, current_score, scored_at) values (?, 0, ?, 10, 'poor', '{}', true, ?)")) {
                for (int i = 0; i < count; i++) {
                    answers.setLong(1, workspace);
                    answers.setLong(2, user);
                    answers.setString(3, questionIds.get(i % questionIds.size()));
                    answers.setString(4, "M" + i);
                    answers.setString(5, bodies.get(i % bodies.size()));
                    answers.setTimestamp(6, AT);
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
