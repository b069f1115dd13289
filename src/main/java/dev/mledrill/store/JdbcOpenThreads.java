package dev.mledrill.store;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.QuestionThread;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.AnswerTarget;
import dev.mledrill.drill.OpenThreads;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Posted questions' threads (posted_questions) and practice threads (practice_sessions), for backfill at start. */
public final class JdbcOpenThreads implements OpenThreads {
    /** The latest text of an answer: its last edit's (counted or not), else its own; null once purged. */
    private static final String KNOWN_ANSWERS = """
            select w.platform, w.external_id as team, c.external_id as channel, a.platform_message_id,
                   a.withdrawn_at, a.body_deleted_at,
                   coalesce((select e.body from answer_edits e where e.answer_id = a.id
                             order by e.edited_at desc, e.id desc fetch first 1 rows only), a.body) as latest
            from answers a
            join workspaces w on w.id = a.workspace_id
            join channels c on c.id = a.channel_id
            where\s""";

    private final DataSource dataSource;

    public JdbcOpenThreads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<OpenThread> closingSince(Instant since) {
        return Transaction.run(dataSource, c -> {
            List<OpenThread> open = new ArrayList<>();
            try (PreparedStatement ps = Transaction.prepare(c, """
                    select pq.id, pq.question_id, w.platform, w.external_id as team, c.external_id as channel,
                           pq.thread_id, pq.window_closes_at
                    from posted_questions pq
                    join channels c on c.id = pq.channel_id
                    join workspaces w on w.id = c.workspace_id
                    where pq.thread_id is not null and pq.window_closes_at >= ?
                    order by pq.window_closes_at, pq.id""", since);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ChannelRef channel = new ChannelRef(
                            Platform.fromId(rs.getString("platform")), rs.getString("team"), rs.getString("channel"));
                    String thread = rs.getString("thread_id");
                    open.add(new OpenThread(
                            QuestionThread.daily(channel, thread),
                            new AnswerTarget.Daily(
                                    rs.getLong("id"),
                                    rs.getString("question_id"),
                                    thread,
                                    Transaction.instant(rs, "window_closes_at"))));
                }
            }
            return open;
        });
    }

    @Override
    public List<OpenThread> practiceSince(Instant since) {
        return Transaction.run(dataSource, c -> {
            List<OpenThread> open = new ArrayList<>();
            try (PreparedStatement ps = Transaction.prepare(c, """
                    select ps.id, ps.question_id, ps.message_id, ps.thread_id,
                           w.platform, w.external_id as team, u.external_id as user_id,
                           rw.external_id as requested_team, rc.external_id as requested_channel
                    from practice_sessions ps
                    join users u on u.id = ps.user_id
                    join workspaces w on w.id = u.workspace_id
                    left join channels rc on rc.id = ps.requested_channel_id
                    left join workspaces rw on rw.id = rc.workspace_id
                    where ps.started_at >= ?
                    order by ps.started_at, ps.id""", since);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    open.add(practice(rs));
                }
            }
            return open;
        });
    }

    private static OpenThread practice(ResultSet rs) throws java.sql.SQLException {
        Platform platform = Platform.fromId(rs.getString("platform"));
        UserRef user = new UserRef(platform, rs.getString("team"), rs.getString("user_id"));
        String thread = rs.getString("thread_id");
        Optional<ChannelRef> requestedIn = rs.getString("requested_channel") == null
                ? Optional.empty()
                : Optional.of(
                        new ChannelRef(platform, rs.getString("requested_team"), rs.getString("requested_channel")));
        ChannelRef channel = requestedIn.orElse(new ChannelRef(platform, user.team(), thread));
        return new OpenThread(
                new QuestionThread(channel, thread, rs.getString("message_id"), Optional.of(user)),
                new AnswerTarget.Practice(rs.getLong("id"), rs.getString("question_id"), thread, requestedIn));
    }

    @Override
    public List<KnownAnswer> answers(AnswerTarget target) {
        String where = target instanceof AnswerTarget.Daily ? "a.posted_question_id = ?" : "a.practice_session_id = ?";
        long id = target instanceof AnswerTarget.Daily d
                ? d.postedQuestionId()
                : ((AnswerTarget.Practice) target).sessionId();
        return Transaction.run(dataSource, c -> {
            List<KnownAnswer> known = new ArrayList<>();
            try (PreparedStatement ps = Transaction.prepare(c, KNOWN_ANSWERS + where + " order by a.id", id);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String latest = rs.getObject("body_deleted_at") != null ? null : rs.getString("latest");
                    known.add(new KnownAnswer(
                            new ChannelRef(
                                    Platform.fromId(rs.getString("platform")),
                                    rs.getString("team"),
                                    rs.getString("channel")),
                            rs.getString("platform_message_id"),
                            Optional.ofNullable(latest),
                            rs.getObject("withdrawn_at") != null));
                }
            }
            return known;
        });
    }
}
