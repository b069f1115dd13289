package dev.mledrill.testing;

import dev.mledrill.chat.UserRef;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.store.JdbcDirectory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Stores answers and scores the way the answer pipeline does (rows in answers, scores,
 * score_criteria), so schedule, streak and leaderboard reads can be tested on real rows.
 */
public final class TestAnswers {
    private static final AtomicLong MESSAGES = new AtomicLong();
    private final DataSource dataSource;
    private final JdbcDirectory directory = new JdbcDirectory();

    public TestAnswers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** An answer to the posted question at {@code at}, marked late when after its window; returns the answer id. */
    public long answer(long postedQuestionId, UserRef user, String name, Instant at, double total, Map<Criterion, Double> criteria) {
        try (Connection c = dataSource.getConnection()) {
            long userId = directory.user(c, user, name, at);
            long channelId;
            String questionId;
            Instant closes;
            try (PreparedStatement ps = c.prepareStatement("select channel_id, question_id, window_closes_at from posted_questions where id = ?")) {
                ps.setLong(1, postedQuestionId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    channelId = rs.getLong(1);
                    questionId = rs.getString(2);
                    closes = rs.getObject(3, OffsetDateTime.class).toInstant();
                }
            }
            long answerId = insert(c, "insert into answers (workspace_id, user_id, posted_question_id, question_id, channel_id,"
                    + " platform_message_id, body, received_at, late) values ((select workspace_id from users where id = ?), ?, ?, ?, ?, ?, ?, ?, ?)",
                    userId, userId, postedQuestionId, questionId, channelId, "msg" + MESSAGES.incrementAndGet(), "an answer",
                    utc(at), !at.isBefore(closes));
            score(c, answerId, total, criteria, at);
            return answerId;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void withdraw(long answerId, Instant at) {
        execute("update answers set withdrawn_at = ? where id = ?", utc(at), answerId);
    }

    public void execute(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void score(Connection c, long answerId, double total, Map<Criterion, Double> criteria, Instant at) throws SQLException {
        long scoreId = insert(c, "insert into scores (answer_id, revision, rubric_version, total, band, scored_at) values (?, 0, 'test', ?, 'good', ?)",
                answerId, total, utc(at));
        for (Map.Entry<Criterion, Double> e : criteria.entrySet()) {
            try (PreparedStatement ps = c.prepareStatement("insert into score_criteria (score_id, criterion, points, max_points) values (?, ?, ?, 15)")) {
                ps.setLong(1, scoreId);
                ps.setString(2, e.getKey().id());
                ps.setDouble(3, e.getValue());
                ps.executeUpdate();
            }
        }
    }

    private static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
