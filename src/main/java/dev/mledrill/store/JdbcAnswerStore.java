package dev.mledrill.store;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.AnswerStore;
import dev.mledrill.drill.AnswerTarget;
import dev.mledrill.drill.NewAnswer;
import dev.mledrill.drill.StoredAnswer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/** Answers, their edit history and withdrawals in the answers and answer_edits tables. */
public final class JdbcAnswerStore implements AnswerStore {
    private final DataSource dataSource;
    private final JdbcDirectory directory = new JdbcDirectory();

    public JdbcAnswerStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Receipt insert(NewAnswer a) {
        return Transaction.run(dataSource, c -> {
            if (!firstDelivery(c, a.channel().platform(), a.eventId(), a.receivedAt())) {
                return new Receipt.Duplicate("event " + a.eventId() + " was already processed");
            }
            long workspace =
                    directory.workspace(c, a.user().platform(), a.user().team(), a.receivedAt());
            long user = directory.user(c, a.user(), a.displayName(), a.receivedAt());
            long channel = directory.channel(c, a.channel(), a.receivedAt());
            Long postedQuestion = a.target() instanceof AnswerTarget.Daily d ? d.postedQuestionId() : null;
            Long session = a.target() instanceof AnswerTarget.Practice p ? p.sessionId() : null;
            OptionalLong id = Transaction.insertUnique(
                    c,
                    """
                    insert into answers (workspace_id, user_id, posted_question_id, practice_session_id, question_id,
                        channel_id, platform_message_id, body, revision, received_at, late, practice)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""",
                    workspace,
                    user,
                    postedQuestion,
                    session,
                    a.target().questionId(),
                    channel,
                    a.messageId(),
                    a.body(),
                    a.receivedAt(),
                    a.late(),
                    a.practice());
            if (id.isEmpty()) {
                c.rollback();
                return new Receipt.Duplicate("message " + a.messageId() + " is already stored");
            }
            if (postedQuestion != null && !a.late()) {
                Standings.afterAnswersChanged(c, List.of(id.getAsLong()));
            }
            return new Receipt.Stored(id.getAsLong());
        });
    }

    @Override
    public Optional<StoredAnswer> find(long answerId) {
        return Transaction.run(dataSource, c -> queryOne(c, "a.id = ?", answerId));
    }

    @Override
    public Optional<StoredAnswer> findByMessage(ChannelRef channel, String messageId) {
        return Transaction.run(
                dataSource,
                c -> queryOne(
                        c,
                        "w.platform = ? and w.external_id = ? and a.platform_message_id = ?",
                        channel.platform().id(),
                        channel.team(),
                        messageId));
    }

    @Override
    public Receipt revise(long answerId, String eventId, String body, Instant at, boolean counted) {
        return Transaction.run(dataSource, c -> {
            if (!firstDelivery(c, platformOf(c, answerId), eventId, at)) {
                return new Receipt.Duplicate("event " + eventId + " was already processed");
            }
            String previous;
            int revision;
            try (PreparedStatement ps = Transaction.prepare(
                            c, "select body, revision from answers where id = ? for update", answerId);
                    ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no answer " + answerId);
                }
                previous = rs.getString("body");
                revision = rs.getInt("revision");
            }
            if (body.equals(previous)) {
                return new Receipt.Duplicate("answer " + answerId + " already has this text");
            }
            int editRevision = counted ? revision + 1 : revision;
            Transaction.update(c, """
                    insert into answer_edits (answer_id, revision, previous_body, body, edited_at, counted)
                    values (?, ?, ?, ?, ?, ?)""", answerId, editRevision, previous, body, at, counted);
            if (counted) {
                Transaction.update(
                        c,
                        "update answers set body = ?, revision = ?, edited_at = ?, copy_seq = null where id = ?",
                        body,
                        editRevision,
                        at,
                        answerId);
            }
            return new Receipt.Stored(answerId);
        });
    }

    @Override
    public Receipt withdraw(long answerId, String eventId, Instant at) {
        return Transaction.run(dataSource, c -> {
            if (!firstDelivery(c, platformOf(c, answerId), eventId, at)) {
                return new Receipt.Duplicate("event " + eventId + " was already processed");
            }
            int changed = Transaction.update(
                    c, "update answers set withdrawn_at = ? where id = ? and withdrawn_at is null", at, answerId);
            if (changed == 0) {
                return new Receipt.Duplicate("answer " + answerId + " is already withdrawn");
            }
            Transaction.update(c, "update scores set current_score = false where answer_id = ?", answerId);
            Standings.afterAnswersChanged(c, List.of(answerId));
            return new Receipt.Withdrawn(answerId);
        });
    }

    @Override
    public List<String> questionsAnsweredBy(UserRef user) {
        return Transaction.run(dataSource, c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps =
                            Transaction.prepare(c, """
                    select a.question_id from answers a
                    join users u on u.id = a.user_id
                    join workspaces w on w.id = u.workspace_id
                    where w.platform = ? and w.external_id = ? and u.external_id = ?""", user.platform().id(), user.team(), user.id());
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    @Override
    public List<Long> unscored() {
        return Transaction.run(dataSource, c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select a.id from answers a
                    where a.withdrawn_at is null and a.body is not null
                      and not exists (select 1 from scores s where s.answer_id = a.id and s.revision = a.revision)
                    order by a.id""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    private static boolean firstDelivery(Connection c, Platform platform, String eventId, Instant at)
            throws SQLException {
        return Transaction.insertIfAbsent(
                c,
                "insert into processed_events (platform, event_id, received_at) values (?, ?, ?)",
                platform.id(),
                eventId,
                at);
    }

    private static Platform platformOf(Connection c, long answerId) throws SQLException {
        try (PreparedStatement ps = Transaction.prepare(
                        c,
                        "select w.platform from answers a join workspaces w on w.id = a.workspace_id where a.id = ?",
                        answerId);
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalArgumentException("no answer " + answerId);
            }
            return Platform.fromId(rs.getString(1));
        }
    }

    private static Optional<StoredAnswer> queryOne(Connection c, String where, Object... args) throws SQLException {
        try (PreparedStatement ps = Transaction.prepare(c, StoredAnswerRows.SELECT + " where " + where, args);
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(StoredAnswerRows.map(rs)) : Optional.empty();
        }
    }
}
