package dev.mledrill.store;

import dev.mledrill.chat.UserRef;
import dev.mledrill.leaderboard.AnswerStats;
import dev.mledrill.leaderboard.CriterionTrend;
import dev.mledrill.leaderboard.FlaggedAnswers;
import dev.mledrill.rubric.Criterion;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import javax.sql.DataSource;

/** Per-criterion averages of a user's current scores, overall and over two recent spans. */
public final class JdbcAnswerStats implements AnswerStats {
    private static final String SQL = "select sc.criterion, avg(sc.points / sc.max_points), count(*),"
            + " avg(case when a.received_at >= ? then sc.points / sc.max_points end),"
            + " avg(case when a.received_at >= ? and a.received_at < ? then sc.points / sc.max_points end)"
            + " from answers a join scores s on s.answer_id = a.id and s.current_score = true"
            + " join score_criteria sc on sc.score_id = s.id"
            + " where a.user_id = ? and a.withdrawn_at is null and a.copy_flag is null and sc.max_points > 0 group by sc.criterion";

    private final DataSource dataSource;

    public JdbcAnswerStats(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<CriterionTrend> criterionTrends(UserRef user, Instant previousFrom, Instant recentFrom) {
        return Transaction.run(dataSource, c -> {
            OptionalLong id = KnownIds.user(c, user);
            List<CriterionTrend> trends = new ArrayList<>();
            if (id.isEmpty()) {
                return trends;
            }
            try (PreparedStatement ps =
                            Transaction.prepare(c, SQL, recentFrom, previousFrom, recentFrom, id.getAsLong());
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<Criterion> criterion = Criterion.fromId(rs.getString(1));
                    if (criterion.isPresent()) {
                        trends.add(new CriterionTrend(
                                criterion.get(), rs.getDouble(2), optional(rs, 4), optional(rs, 5), rs.getInt(3)));
                    }
                }
            }
            trends.sort((a, b) -> a.criterion().compareTo(b.criterion()));
            return trends;
        });
    }

    @Override
    public FlaggedAnswers flagged(UserRef user) {
        return Transaction.run(dataSource, c -> {
            OptionalLong id = KnownIds.user(c, user);
            if (id.isEmpty()) {
                return new FlaggedAnswers(0, 0, 0);
            }
            try (PreparedStatement ps = Transaction.prepare(
                            c,
                            "select count(case when a.copy_flag = 'copied' then 1 end),"
                                    + " count(case when a.copy_flag = 'recycled' then 1 end),"
                                    + " count(case when a.copy_flag is null and s.off_topic = true then 1 end)"
                                    + " from answers a left join scores s on s.answer_id = a.id and s.current_score = true"
                                    + " where a.user_id = ? and a.withdrawn_at is null",
                            id.getAsLong());
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new FlaggedAnswers(rs.getInt(1), rs.getInt(2), rs.getInt(3));
            }
        });
    }

    private static OptionalDouble optional(ResultSet rs, int column) throws java.sql.SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
