package dev.mledrill.store;

import dev.mledrill.drill.ScoreStore;
import dev.mledrill.rubric.Score;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * Scores in the compact row layout of {@link ScoreColumns}: criterion points in columns, the
 * explained score (evidence, tips, red flags, key points) as packed bytes whose quotes are offsets
 * into the answer's text.
 */
public final class JdbcScoreStore implements ScoreStore {
    private final DataSource dataSource;

    public JdbcScoreStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean save(long answerId, int revision, Score score, Instant at) {
        return Transaction.run(dataSource, c -> {
            boolean current;
            String text;
            try (PreparedStatement ps = Transaction.prepare(c,
                    "select revision, withdrawn_at, body from answers where id = ? for update", answerId);
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no answer " + answerId);
                }
                current = rs.getInt("revision") == revision && rs.getObject("withdrawn_at") == null;
                text = rs.getInt("revision") == revision ? rs.getString("body") : null;
            }
            if (text == null) {
                text = ScoreColumns.textOf(c, answerId, revision);
            }
            Object[] fixed = {answerId, revision, score.rubricVersion(), score.total(), score.band(), current, at};
            Object[] values = ScoreColumns.values(score, text);
            Object[] args = new Object[fixed.length + values.length];
            System.arraycopy(fixed, 0, args, 0, fixed.length);
            System.arraycopy(values, 0, args, fixed.length, values.length);
            OptionalLong id = Transaction.insertUnique(c, ScoreColumns.INSERT, args);
            if (id.isEmpty()) {
                return false;
            }
            if (current) {
                Transaction.update(c, "update scores set current_score = false where answer_id = ? and id <> ?",
                        answerId, id.getAsLong());
                Standings.afterAnswersChanged(c, List.of(answerId));
            }
            return true;
        });
    }

    /** The answer's current score as it was explained when stored, its quotes cut from the scored text. */
    public Optional<Score> current(long answerId) {
        return Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = Transaction.prepare(c, "select s.revision, " + ScoreColumns.SELECT
                    + " from scores s where s.answer_id = ? and s.current_score = true", answerId);
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(ScoreColumns.read(rs, ScoreColumns.textOf(c, answerId, rs.getInt("revision"))));
            }
        });
    }
}
