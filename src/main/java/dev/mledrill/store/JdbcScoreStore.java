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
            boolean current = ScoreRows.lockCurrent(c, answerId, revision);
            OptionalLong id = ScoreRows.insert(c, answerId, revision, score, current, false, at);
            if (id.isEmpty()) {
                return false;
            }
            if (current) {
                // A score of this revision with its follow-up reply, saved first and higher, stays the one that counts.
                long keep =
                        ScoreRows.betterWithReply(c, answerId, revision, score).orElse(id.getAsLong());
                Transaction.update(c, "update scores set current_score = (id = ?) where answer_id = ?", keep, answerId);
                Standings.afterAnswersChanged(c, List.of(answerId));
            }
            return true;
        });
    }

    /** The answer's current score as it was explained when stored, its quotes cut from the scored text. */
    public Optional<Score> current(long answerId) {
        return Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = Transaction.prepare(
                            c,
                            "select s.revision, " + ScoreColumns.SELECT
                                    + " from scores s where s.answer_id = ? and s.current_score = true",
                            answerId);
                    ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(ScoreColumns.read(rs, ScoreColumns.textOf(c, answerId, rs.getInt("revision"))));
            }
        });
    }
}
