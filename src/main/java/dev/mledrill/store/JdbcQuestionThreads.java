package dev.mledrill.store;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.AnswerTarget;
import dev.mledrill.drill.QuestionThreads;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** Looks threads up in posted_questions and practice_sessions. */
public final class JdbcQuestionThreads implements QuestionThreads {
    private static final String POSTED = """
            select pq.id, pq.question_id, pq.thread_id, pq.window_closes_at
            from posted_questions pq
            join channels c on c.id = pq.channel_id
            join workspaces w on w.id = c.workspace_id
            where w.platform = ? and w.external_id = ? and c.external_id = ?""";

    private final DataSource dataSource;
    private final JdbcDirectory directory = new JdbcDirectory();

    public JdbcQuestionThreads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<AnswerTarget> find(ChannelRef channel, String threadId, UserRef user) {
        return Transaction.run(dataSource, c -> {
            Optional<AnswerTarget.Daily> daily = daily(
                    c,
                    POSTED + " and pq.thread_id = ?",
                    channel.platform().id(),
                    channel.team(),
                    channel.id(),
                    threadId);
            if (daily.isPresent()) {
                return Optional.of(daily.get());
            }
            return practice(c, user, threadId);
        });
    }

    @Override
    public boolean postInProgress(ChannelRef channel) {
        return Transaction.run(dataSource, c -> {
            try (var ps = Transaction.prepare(
                            c,
                            "select count(*) from posted_questions pq"
                                    + " join channels c on c.id = pq.channel_id join workspaces w on w.id = c.workspace_id"
                                    + " where pq.status = 'CLAIMED' and pq.thread_id is null"
                                    + " and w.platform = ? and w.external_id = ? and c.external_id = ?",
                            channel.platform().id(),
                            channel.team(),
                            channel.id());
                    var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
    }

    @Override
    public Optional<AnswerTarget.Daily> postedBefore(ChannelRef channel, Instant at) {
        return Transaction.run(
                dataSource,
                c -> daily(
                        c,
                        POSTED
                                + " and pq.thread_id is not null and pq.posted_at <= ? order by pq.posted_at desc fetch first 1 rows only",
                        channel.platform().id(),
                        channel.team(),
                        channel.id(),
                        at));
    }

    @Override
    public AnswerTarget.Practice recordPractice(
            UserRef user, Optional<ChannelRef> requestedIn, PostedMessage posted, String questionId, Instant at) {
        return Transaction.run(dataSource, c -> {
            long userId = directory.user(c, user, null, at);
            Long requestedChannel = requestedIn.isPresent() ? directory.channel(c, requestedIn.get(), at) : null;
            long id = Transaction.insertUnique(
                            c, """
                    insert into practice_sessions (user_id, requested_channel_id, message_id, thread_id, question_id, started_at)
                    values (?, ?, ?, ?, ?, ?)""", userId, requestedChannel, posted.messageId(), posted.threadId(), questionId, at)
                    .orElseThrow(() ->
                            new IllegalStateException("practice thread " + posted.threadId() + " is already recorded"));
            return new AnswerTarget.Practice(id, questionId, posted.threadId(), requestedIn);
        });
    }

    private static Optional<AnswerTarget.Daily> daily(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = Transaction.prepare(c, sql, args);
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new AnswerTarget.Daily(
                    rs.getLong("id"),
                    rs.getString("question_id"),
                    rs.getString("thread_id"),
                    Transaction.instant(rs, "window_closes_at")));
        }
    }

    /** A practice thread is matched by the user's platform id, whatever team their DM reports. */
    private static Optional<AnswerTarget> practice(Connection c, UserRef user, String threadId) throws SQLException {
        try (PreparedStatement ps = Transaction.prepare(c, """
                    select ps.id, ps.question_id, ps.thread_id, rc.external_id as channel_id, rw.external_id as team
                    from practice_sessions ps
                    join users u on u.id = ps.user_id
                    join workspaces w on w.id = u.workspace_id
                    left join channels rc on rc.id = ps.requested_channel_id
                    left join workspaces rw on rw.id = rc.workspace_id
                    where w.platform = ? and u.external_id = ? and ps.thread_id = ?
                    order by ps.id desc""", user.platform().id(), user.id(), threadId);
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            String channel = rs.getString("channel_id");
            Optional<ChannelRef> requestedIn = channel == null
                    ? Optional.empty()
                    : Optional.of(new ChannelRef(user.platform(), rs.getString("team"), channel));
            return Optional.of(new AnswerTarget.Practice(
                    rs.getLong("id"), rs.getString("question_id"), rs.getString("thread_id"), requestedIn));
        }
    }
}
