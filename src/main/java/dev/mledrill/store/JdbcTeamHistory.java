package dev.mledrill.store;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.progress.TeamHistory;
import dev.mledrill.rubric.Criterion;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** A channel's most-missed criteria over a span, counted the way the wrap-up counts them. */
public final class JdbcTeamHistory implements TeamHistory {
    private static final String SCORED =
            " from answers a join scores s on s.answer_id = a.id and s.current_score = true"
                    + " where a.channel_id = ? and a.received_at >= ? and a.received_at < ?"
                    + " and a.withdrawn_at is null and a.late = false and a.practice = false";
    /** As in the wrap-up: missed means at most a quarter of the criterion's points. */
    private static final double MISSED_SHARE = 0.25;

    private final DataSource dataSource;

    public JdbcTeamHistory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Missed missed(ChannelRef channel, Instant from, Instant to) {
        return Transaction.run(dataSource, c -> {
            Optional<KnownIds.ChannelIds> ids = KnownIds.channel(c, channel);
            if (ids.isEmpty()) {
                return new Missed(0, Map.of());
            }
            long id = ids.get().channel();
            int scored;
            try (PreparedStatement ps = Transaction.prepare(c, "select count(*)" + SCORED, id, from, to);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                scored = rs.getInt(1);
            }
            Map<Criterion, Integer> missed = new EnumMap<>(Criterion.class);
            try (PreparedStatement ps = Transaction.prepare(
                            c,
                            "select sc.criterion,"
                                    + " sum(case when sc.points <= sc.max_points * ? then 1 else 0 end)"
                                    + SCORED.replace(" where", " join score_criteria sc on sc.score_id = s.id where")
                                    + " and sc.max_points > 0 group by sc.criterion",
                            MISSED_SHARE,
                            id,
                            from,
                            to);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<Criterion> criterion = Criterion.fromId(rs.getString(1));
                    if (criterion.isPresent()) {
                        missed.put(criterion.get(), rs.getInt(2));
                    }
                }
            }
            return new Missed(scored, missed);
        });
    }
}
