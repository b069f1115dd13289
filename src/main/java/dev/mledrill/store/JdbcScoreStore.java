package dev.mledrill.store;

import dev.mledrill.drill.ScoreStore;
import dev.mledrill.rubric.Score;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * Scores with their per-criterion rows; the full explained score is kept in {@code details} as
 * the JSON of {@code mle-drill score --json} ({@link ScoreJson}).
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
                long keep = ScoreRows.betterWithReply(c, answerId, revision, score).orElse(id.getAsLong());
                Transaction.update(c, "update scores set current_score = (id = ?) where answer_id = ?", keep, answerId);
                Standings.afterAnswersChanged(c, List.of(answerId));
            }
            return true;
        });
    }
}
