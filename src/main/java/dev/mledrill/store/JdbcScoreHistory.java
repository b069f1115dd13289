package dev.mledrill.store;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.UserRef;
import dev.mledrill.progress.ScoreHistory;
import dev.mledrill.progress.ScoredAttempt;
import dev.mledrill.rubric.Criterion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/** A person's latest scored answers with each criterion's points, from the current scores. */
public final class JdbcScoreHistory implements ScoreHistory {
    private static final String LATEST = "select x.answer_id, x.received_at, x.question_id, x.practice, x.total,"
            + " sc.criterion, sc.points, sc.max_points from ("
            + "  select a.id answer_id, a.received_at, a.question_id, a.practice, s.total, s.id score_id"
            + "  from answers a join scores s on s.answer_id = a.id and s.current_score = true"
            + "  where a.user_id = ? and a.withdrawn_at is null %s"
            + "  order by a.received_at desc, a.id desc limit ?) x"
            + " left join score_criteria sc on sc.score_id = x.score_id"
            + " order by x.received_at, x.answer_id";
    private static final String IN_CHANNEL = " and (a.channel_id = ? or exists (select 1 from practice_sessions ps"
            + " where ps.id = a.practice_session_id and ps.requested_channel_id = ?))";

    private final DataSource dataSource;

    public JdbcScoreHistory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<ScoredAttempt> latest(UserRef user, Optional<ChannelRef> channel, int limit) {
        return Transaction.run(dataSource, c -> {
            OptionalLong userId = KnownIds.user(c, user);
            if (userId.isEmpty() || limit < 1) {
                return List.of();
            }
            if (channel.isEmpty()) {
                return read(c, String.format(LATEST, ""), userId.getAsLong(), limit);
            }
            Optional<KnownIds.ChannelIds> ids = KnownIds.channel(c, channel.get());
            if (ids.isEmpty()) {
                return List.of();
            }
            long channelId = ids.get().channel();
            return read(c, String.format(LATEST, IN_CHANNEL), userId.getAsLong(), channelId, channelId, limit);
        });
    }

    private static List<ScoredAttempt> read(Connection c, String sql, Object... args) throws SQLException {
        Map<Long, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = Transaction.prepare(c, sql, args);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Row row = rows.computeIfAbsent(rs.getLong(1), id -> new Row());
                row.at = Transaction.instant(rs, "received_at");
                row.questionId = rs.getString(3);
                row.practice = rs.getBoolean(4);
                row.total = rs.getDouble(5);
                Optional<Criterion> criterion = Criterion.fromId(rs.getString(6));
                if (criterion.isPresent()) {
                    double max = rs.getDouble(8);
                    row.criteria.put(criterion.get(), new ScoredAttempt.Points(Math.min(rs.getDouble(7), max), max));
                }
            }
        }
        List<ScoredAttempt> attempts = new ArrayList<>(rows.size());
        rows.values()
                .forEach(r -> attempts.add(new ScoredAttempt(r.at, r.questionId, r.practice, r.total, r.criteria)));
        return attempts;
    }

    private static final class Row {
        Instant at;
        String questionId;
        boolean practice;
        double total;
        final Map<Criterion, ScoredAttempt.Points> criteria = new EnumMap<>(Criterion.class);
    }
}
