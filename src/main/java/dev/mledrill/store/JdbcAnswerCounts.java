package dev.mledrill.store;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.schedule.AnswerCounts;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;

/** Answer counts of open questions, and the count last shown, in {@code posted_questions.answers_shown(_at)}. */
public final class JdbcAnswerCounts implements AnswerCounts {
    private final DataSource dataSource;

    public JdbcAnswerCounts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<OpenQuestion> open(ChannelRef channel, Instant now) {
        return Transaction.run(dataSource, c -> {
            List<OpenQuestion> open = new ArrayList<>();
            try (PreparedStatement ps = Transaction.prepare(
                            c,
                            "select pq.id, pq.question_id, pq.drill_date, pq.posted_at,"
                                    + " pq.window_closes_at, pq.message_id, pq.thread_id, pq.answers_shown, pq.answers_shown_at,"
                                    + " (select count(*) from answers a where a.posted_question_id = pq.id and a.withdrawn_at is null"
                                    + " and a.late = false and a.practice = false)"
                                    + " from posted_questions pq join channels c on c.id = pq.channel_id join workspaces w on w.id = c.workspace_id"
                                    + " where w.platform = ? and w.external_id = ? and c.external_id = ? and pq.status = 'POSTED'"
                                    + " and pq.message_id is not null and pq.thread_id is not null and pq.window_closes_at > ?"
                                    + " order by pq.drill_date",
                            channel.platform().id(),
                            channel.team(),
                            channel.id(),
                            now);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int shown = rs.getInt(8);
                    OptionalInt shownCount = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(shown);
                    open.add(new OpenQuestion(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getObject(3, java.time.LocalDate.class),
                            Transaction.instant(rs, "posted_at"),
                            Transaction.instant(rs, "window_closes_at"),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getInt(10),
                            shownCount,
                            Optional.ofNullable(Transaction.instant(rs, "answers_shown_at"))));
                }
            }
            return open;
        });
    }

    @Override
    public boolean claimShowing(long id, int answers, Instant at, Instant shownBefore) {
        return Transaction.run(
                dataSource,
                c -> Transaction.update(
                                c,
                                "update posted_questions set answers_shown = ?,"
                                        + " answers_shown_at = ? where id = ? and (answers_shown_at is null or answers_shown_at <= ?)"
                                        + " and (answers_shown is null or answers_shown <> ?)",
                                answers,
                                at,
                                id,
                                shownBefore,
                                answers)
                        == 1);
    }

    @Override
    public void releaseShowing(long id, OptionalInt shown, Optional<Instant> shownAt) {
        Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update posted_questions set answers_shown = ?, answers_shown_at = ? where id = ?")) {
                if (shown.isPresent()) {
                    ps.setInt(1, shown.getAsInt());
                } else {
                    ps.setNull(1, Types.INTEGER);
                }
                if (shownAt.isPresent()) {
                    ps.setObject(2, shownAt.get().atOffset(java.time.ZoneOffset.UTC));
                } else {
                    ps.setNull(2, Types.TIMESTAMP_WITH_TIMEZONE);
                }
                ps.setLong(3, id);
                return ps.executeUpdate();
            }
        });
    }
}
