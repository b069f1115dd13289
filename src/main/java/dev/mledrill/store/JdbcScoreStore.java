package dev.mledrill.store;

import dev.mledrill.drill.ScoreStore;
import dev.mledrill.rubric.CriterionScore;
import dev.mledrill.rubric.Score;
import dev.mledrill.rubric.ScoreJson;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
        String details = ScoreJson.toJson(score);
        return Transaction.run(dataSource, c -> {
            boolean current;
            try (PreparedStatement ps = Transaction.prepare(c,
                    "select revision, withdrawn_at from answers where id = ? for update", answerId);
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no answer " + answerId);
                }
                current = rs.getInt("revision") == revision && rs.getObject("withdrawn_at") == null;
            }
            OptionalLong id = Transaction.insertUnique(c, """
                    insert into scores (answer_id, revision, rubric_version, total, band, details, current_score, scored_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""",
                    answerId, revision, score.rubricVersion(), score.total(), score.band(), details, current, at);
            if (id.isEmpty()) {
                return false;
            }
            if (current) {
                Transaction.update(c, "update scores set current_score = false where answer_id = ? and id <> ?",
                        answerId, id.getAsLong());
                Standings.afterAnswersChanged(c, List.of(answerId));
            }
            for (CriterionScore criterion : score.criteria()) {
                Transaction.update(c,
                        "insert into score_criteria (score_id, criterion, points, max_points) values (?, ?, ?, ?)",
                        id.getAsLong(), criterion.criterion().id(), criterion.points(), criterion.max());
            }
            return true;
        });
    }
}
