package dev.mledrill.store;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.AnswerTarget;
import dev.mledrill.drill.StoredAnswer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The query and row mapping for {@link StoredAnswer}: the answer with its user, channel and thread. */
final class StoredAnswerRows {
    static final String SELECT = """
            select a.id, a.platform_message_id, a.question_id, a.body, a.revision, a.received_at, a.late,
                   a.withdrawn_at, a.posted_question_id, a.practice_session_id,
                   w.platform, w.external_id as team, u.external_id as user_external_id,
                   c.external_id as channel_external_id,
                   pq.thread_id as question_thread_id, pq.window_closes_at,
                   ps.thread_id as practice_thread_id,
                   rc.external_id as requested_channel_id, rw.external_id as requested_team
            from answers a
            join workspaces w on w.id = a.workspace_id
            join users u on u.id = a.user_id
            join channels c on c.id = a.channel_id
            left join posted_questions pq on pq.id = a.posted_question_id
            left join practice_sessions ps on ps.id = a.practice_session_id
            left join channels rc on rc.id = ps.requested_channel_id
            left join workspaces rw on rw.id = rc.workspace_id""";

    private StoredAnswerRows() {}

    static StoredAnswer map(ResultSet rs) throws SQLException {
        Platform platform = Platform.fromId(rs.getString("platform"));
        String team = rs.getString("team");
        return new StoredAnswer(
                rs.getLong("id"),
                new UserRef(platform, team, rs.getString("user_external_id")),
                new ChannelRef(platform, team, rs.getString("channel_external_id")),
                rs.getString("platform_message_id"),
                target(rs, platform),
                rs.getString("body"),
                rs.getInt("revision"),
                Transaction.instant(rs, "received_at"),
                rs.getBoolean("late"),
                rs.getObject("withdrawn_at") != null);
    }

    private static AnswerTarget target(ResultSet rs, Platform platform) throws SQLException {
        String questionId = rs.getString("question_id");
        long postedQuestion = rs.getLong("posted_question_id");
        if (!rs.wasNull()) {
            return new AnswerTarget.Daily(
                    postedQuestion,
                    questionId,
                    java.util.Objects.requireNonNullElse(rs.getString("question_thread_id"), ""),
                    Transaction.instant(rs, "window_closes_at"));
        }
        long session = rs.getLong("practice_session_id");
        if (rs.wasNull()) {
            throw new IllegalStateException(
                    "answer " + rs.getLong("id") + " has neither a question nor a practice session");
        }
        String requestedChannel = rs.getString("requested_channel_id");
        Optional<ChannelRef> requestedIn = requestedChannel == null
                ? Optional.empty()
                : Optional.of(new ChannelRef(platform, rs.getString("requested_team"), requestedChannel));
        return new AnswerTarget.Practice(session, questionId, rs.getString("practice_thread_id"), requestedIn);
    }
}
