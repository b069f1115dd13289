package dev.mledrill.store;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.question.Question;
import dev.mledrill.schedule.DrillOccurrence;
import dev.mledrill.schedule.PostStatus;
import dev.mledrill.schedule.PostedQuestion;
import dev.mledrill.schedule.PostedQuestions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Channel-day questions in {@code posted_questions}; every state change is a conditional update. */
public final class JdbcPostedQuestions implements PostedQuestions {
    private static final String COLUMNS =
            "select pq.*, w.platform, w.external_id as team, c.external_id as channel_external"
                    + " from posted_questions pq join channels c on c.id = pq.channel_id join workspaces w on w.id = c.workspace_id ";
    private static final int MAX_ERROR = 1000;

    private final DataSource dataSource;
    private final JdbcDirectory directory = new JdbcDirectory();

    public JdbcPostedQuestions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Claim claimDay(
            ChannelRef channel,
            String channelName,
            DrillOccurrence day,
            Question question,
            PostStatus status,
            String owner,
            Instant now) {
        return Transaction.run(dataSource, c -> {
            long channelId = directory.channel(c, channel, now);
            Transaction.update(c, "update channels set name = ? where id = ? and name is null", channelName, channelId);
            boolean created = Transaction.insertUnique(
                            c,
                            "insert into posted_questions (channel_id, drill_date, question_id,"
                                    + " category, status, claimed_at, claimed_by, window_closes_at, attempts) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            channelId,
                            day.drillDate(),
                            question.id(),
                            question.category(),
                            status.name(),
                            now,
                            owner,
                            day.closesAt().toInstant(),
                            status == PostStatus.CLAIMED ? 1 : 0)
                    .isPresent();
            PostedQuestion row = one(c, "where pq.channel_id = ? and pq.drill_date = ?", channelId, day.drillDate())
                    .orElseThrow();
            return new Claim(row, created);
        });
    }

    @Override
    public Optional<PostedQuestion> find(ChannelRef channel, LocalDate drillDate) {
        return Transaction.run(
                dataSource,
                c -> one(
                        c,
                        "where w.platform = ? and w.external_id = ? and c.external_id = ?" + " and pq.drill_date = ?",
                        channel.platform().id(),
                        channel.team(),
                        channel.id(),
                        drillDate));
    }

    @Override
    public Optional<PostedQuestion> byId(long id) {
        return Transaction.run(dataSource, c -> one(c, "where pq.id = ?", id));
    }

    @Override
    public List<String> history(ChannelRef channel) {
        return Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = Transaction.prepare(
                            c,
                            "select pq.question_id from posted_questions pq"
                                    + " join channels c on c.id = pq.channel_id join workspaces w on w.id = c.workspace_id"
                                    + " where w.platform = ? and w.external_id = ? and c.external_id = ? order by pq.drill_date",
                            channel.platform().id(),
                            channel.team(),
                            channel.id());
                    ResultSet rs = ps.executeQuery()) {
                List<String> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
                return ids;
            }
        });
    }

    @Override
    public boolean takeOver(long id, String owner, Instant now, Instant staleBefore) {
        return Transaction.run(
                dataSource,
                c -> Transaction.update(
                                c,
                                "update posted_questions set status = 'CLAIMED',"
                                        + " claimed_by = ?, claimed_at = ?, attempts = attempts + 1 where id = ? and window_closes_at > ? and ("
                                        + "(status = 'PENDING' and (next_attempt_at is null or next_attempt_at <= ?))"
                                        + " or (status = 'CLAIMED' and claimed_at < ?))",
                                owner,
                                now,
                                id,
                                now,
                                now,
                                staleBefore)
                        == 1);
    }

    @Override
    public boolean markPosted(long id, String owner, PostedMessage message, Instant now) {
        return Transaction.run(
                dataSource,
                c -> Transaction.update(
                                c,
                                "update posted_questions set status = 'POSTED',"
                                        + " posted_at = ?, message_id = ?, thread_id = ?, last_error = null, next_attempt_at = null"
                                        + " where id = ? and status = 'CLAIMED' and claimed_by = ?",
                                now,
                                message.messageId(),
                                message.threadId(),
                                id,
                                owner)
                        == 1);
    }

    @Override
    public boolean markFound(long id, PostedMessage message, Instant now) {
        return Transaction.run(
                dataSource,
                c -> Transaction.update(
                                c,
                                "update posted_questions set status = 'POSTED',"
                                        + " posted_at = ?, message_id = ?, thread_id = ?, last_error = null, next_attempt_at = null"
                                        + " where id = ? and status in ('CLAIMED', 'PENDING') and message_id is null",
                                now,
                                message.messageId(),
                                message.threadId(),
                                id)
                        == 1);
    }

    @Override
    public void markFailed(long id, String owner, String error, Instant retryAt) {
        String trimmed = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        Transaction.run(
                dataSource,
                c -> Transaction.update(
                        c,
                        "update posted_questions set status = 'PENDING',"
                                + " last_error = ?, next_attempt_at = ? where id = ? and status = 'CLAIMED' and claimed_by = ?",
                        trimmed,
                        retryAt,
                        id,
                        owner));
    }

    @Override
    public int markMissed(ChannelRef channel, Instant now) {
        return Transaction.run(
                dataSource,
                c -> Transaction.update(
                        c,
                        "update posted_questions set status = 'MISSED'"
                                + " where status in ('PENDING', 'CLAIMED') and window_closes_at <= ? and channel_id in ("
                                + CHANNEL_ID + ")",
                        now,
                        channel.platform().id(),
                        channel.team(),
                        channel.id()));
    }

    @Override
    public List<PostedQuestion> awaitingWrapUp(ChannelRef channel, Instant now) {
        return Transaction.run(
                dataSource,
                c -> list(
                        c,
                        "where pq.status = 'POSTED' and pq.wrapped_up_at is null"
                                + " and pq.window_closes_at <= ? and w.platform = ? and w.external_id = ? and c.external_id = ? order by pq.drill_date",
                        now,
                        channel.platform().id(),
                        channel.team(),
                        channel.id()));
    }

    @Override
    public boolean claimWrapUp(long id, Instant now) {
        return Transaction.run(
                dataSource,
                c -> Transaction.update(
                                c,
                                "update posted_questions set wrapped_up_at = ? where id = ? and wrapped_up_at is null",
                                now,
                                id)
                        == 1);
    }

    @Override
    public void releaseWrapUp(long id) {
        Transaction.run(
                dataSource,
                c -> Transaction.update(c, "update posted_questions set wrapped_up_at = null where id = ?", id));
    }

    private static final String CHANNEL_ID = "select c.id from channels c join workspaces w on w.id = c.workspace_id"
            + " where w.platform = ? and w.external_id = ? and c.external_id = ?";

    private static Optional<PostedQuestion> one(Connection c, String where, Object... args) throws SQLException {
        List<PostedQuestion> rows = list(c, where, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static List<PostedQuestion> list(Connection c, String where, Object... args) throws SQLException {
        try (PreparedStatement ps = Transaction.prepare(c, COLUMNS + where, args);
                ResultSet rs = ps.executeQuery()) {
            List<PostedQuestion> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row(rs));
            }
            return rows;
        }
    }

    private static PostedQuestion row(ResultSet rs) throws SQLException {
        return new PostedQuestion(
                rs.getLong("id"),
                new ChannelRef(
                        Platform.fromId(rs.getString("platform")),
                        rs.getString("team"),
                        rs.getString("channel_external")),
                rs.getObject("drill_date", LocalDate.class),
                rs.getString("question_id"),
                rs.getString("category"),
                PostStatus.valueOf(rs.getString("status")),
                rs.getString("claimed_by"),
                Transaction.instant(rs, "window_closes_at"),
                Optional.ofNullable(rs.getString("message_id")),
                Optional.ofNullable(rs.getString("thread_id")),
                rs.getInt("attempts"),
                Optional.ofNullable(rs.getString("last_error")),
                Optional.ofNullable(Transaction.instant(rs, "wrapped_up_at")));
    }
}
