package dev.mledrill.store;

import dev.mledrill.rubric.Score;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.OptionalLong;

/** Writes one score row ({@link ScoreColumns}): an answer's own score, or with its probe reply. */
final class ScoreRows {
    private ScoreRows() {}

    /** Locks the answer's row; true when {@code revision} is its latest and it is not withdrawn. */
    static boolean lockCurrent(Connection c, long answerId, int revision) throws SQLException {
        try (PreparedStatement ps = Transaction.prepare(
                        c, "select revision, withdrawn_at from answers where id = ? for update", answerId);
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalArgumentException("no answer " + answerId);
            }
            return rs.getInt("revision") == revision && rs.getObject("withdrawn_at") == null;
        }
    }

    /** The score of this revision and rubric version with the follow-up reply, when it is higher than {@code own}. */
    static OptionalLong betterWithReply(Connection c, long answerId, int revision, Score own) throws SQLException {
        try (PreparedStatement ps = Transaction.prepare(c, """
                select id from scores where answer_id = ? and revision = ? and rubric_version = ? and with_probe = true
                  and total > ?""", answerId, revision, own.rubricVersion(), own.total());
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        }
    }

    /** The new score's id, or empty when this answer revision already has such a score under this rubric version. */
    static OptionalLong insert(
            Connection c, long answerId, int revision, Score score, boolean current, boolean withProbe, Instant at)
            throws SQLException {
        // evidence from the probe reply is not a span of the answer's text, so the codec keeps it literally
        Object[] fixed = {answerId, revision, score.rubricVersion(), score.total(), score.band(), current, at, withProbe
        };
        Object[] values = ScoreColumns.values(score, ScoreColumns.textOf(c, answerId, revision));
        Object[] args = new Object[fixed.length + values.length];
        System.arraycopy(fixed, 0, args, 0, fixed.length);
        System.arraycopy(values, 0, args, fixed.length, values.length);
        return Transaction.insertUnique(c, ScoreColumns.INSERT_WITH_PROBE, args);
    }
}
