package dev.mledrill.store;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.FeedbackDm;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.ProbeStore;
import dev.mledrill.followup.Probe;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.rubric.Score;
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

/** Probes and their replies in {@code answer_probes} (V17); combined scores are rows of {@code scores}. */
public final class JdbcProbeStore implements ProbeStore {
    private final DataSource dataSource;

    public JdbcProbeStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Long> ask(long answerId, Probe probe, Instant at) {
        return Transaction.run(dataSource, c -> {
            OptionalLong id = Transaction.insertUnique(c, """
                    insert into answer_probes (answer_id, user_id, posted_question_id, criterion, probe_text, asked_at)
                    select id, user_id, posted_question_id, ?, ?, ? from answers where id = ?""", probe.criterion().id(), probe.text(), at, answerId);
            return id.isPresent() ? Optional.of(id.getAsLong()) : Optional.<Long>empty();
        });
    }

    @Override
    public Optional<Open> open(ChannelRef channel, String threadId, UserRef user) {
        return Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = Transaction.prepare(
                            c, """
                    select p.id, p.answer_id, p.probe_text from answer_probes p
                    join answers a on a.id = p.answer_id
                    join posted_questions pq on pq.id = p.posted_question_id
                    join channels ch on ch.id = pq.channel_id
                    join users u on u.id = p.user_id
                    join workspaces w on w.id = u.workspace_id
                    where w.platform = ? and w.external_id = ? and u.external_id = ? and ch.external_id = ?
                      and pq.thread_id = ? and p.reply_message_id is null and a.withdrawn_at is null""", user.platform().id(), user.team(), user.id(), channel.id(), threadId);
                    ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Open(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                        : Optional.<Open>empty();
            }
        });
    }

    @Override
    public boolean isReply(ChannelRef channel, String messageId) {
        return Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = Transaction.prepare(
                            c, """
                    select 1 from answer_probes p
                    join users u on u.id = p.user_id
                    join workspaces w on w.id = u.workspace_id
                    where p.reply_message_id = ? and w.platform = ? and w.external_id = ?""", messageId, channel.platform().id(), channel.team());
                    ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public void deliveredByDm(long answerId, FeedbackDm dm) {
        Transaction.run(
                dataSource,
                c -> Transaction.update(
                        c,
                        "update answer_probes set feedback_dm_channel = ?, feedback_dm_message = ? where answer_id = ?",
                        dm.channelId(),
                        dm.messageId(),
                        answerId));
    }

    @Override
    public Optional<InDm> inDm(UserRef user, String dmChannelId, String threadId) {
        return Transaction.run(dataSource, c -> {
            try (PreparedStatement ps =
                            Transaction.prepare(c, """
                    select p.id, p.answer_id, p.feedback_dm_message, p.reply_message_id, p.dm_late_message_id
                    from answer_probes p
                    join users u on u.id = p.user_id
                    join workspaces w on w.id = u.workspace_id
                    where w.platform = ? and u.external_id = ? and p.feedback_dm_channel = ?
                      and not exists (select 1 from practice_sessions ps where ps.user_id = p.user_id
                                      and ps.thread_id = ? and ps.started_at > p.asked_at)
                    order by p.asked_at desc, p.id desc fetch first 1 rows only""", user.platform().id(), user.id(), dmChannelId, threadId);
                    ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new InDm(
                                rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                        : Optional.<InDm>empty();
            }
        });
    }

    @Override
    public boolean isDmReply(UserRef user, String messageId) {
        return Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = Transaction.prepare(
                            c, """
                    select 1 from answer_probes p
                    join users u on u.id = p.user_id
                    join workspaces w on w.id = u.workspace_id
                    where p.reply_message_id = ? and p.feedback_dm_channel is not null
                      and w.platform = ? and u.external_id = ?""", messageId, user.platform().id(), user.id());
                    ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public boolean noteLateInDm(long probeId, String messageId) {
        return Transaction.run(
                dataSource,
                c -> Transaction.update(
                                c,
                                "update answer_probes set dm_late_message_id = ? where id = ? and dm_late_message_id is null",
                                messageId,
                                probeId)
                        == 1);
    }

    @Override
    public Receipt reply(long probeId, String messageId, String text, Instant at) {
        return Transaction.run(dataSource, c -> {
            int changed = Transaction.update(c, """
                    update answer_probes set reply_message_id = ?, reply_text = ?, replied_at = ?
                    where id = ? and reply_message_id is null""", messageId, text, at, probeId);
            if (changed == 0) {
                return new Receipt.Duplicate("probe " + probeId + " already has its reply");
            }
            try (PreparedStatement ps =
                            Transaction.prepare(c, "select answer_id from answer_probes where id = ?", probeId);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Receipt.Stored(rs.getLong(1));
            }
        });
    }

    @Override
    public Optional<Answered> answered(long answerId) {
        return Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = Transaction.prepare(c, """
                    select id, criterion, probe_text, reply_text from answer_probes
                    where answer_id = ? and reply_message_id is not null""", answerId);
                    ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<Answered>empty();
                }
                Criterion criterion = Criterion.fromId(rs.getString("criterion"))
                        .orElseThrow(() -> new IllegalStateException("unknown criterion in answer_probes"));
                return Optional.of(new Answered(
                        rs.getLong("id"), answerId, criterion, rs.getString("probe_text"), rs.getString("reply_text")));
            }
        });
    }

    @Override
    public Combined saveCombined(long probeId, long answerId, int revision, Score score, Instant at) {
        return Transaction.run(dataSource, c -> {
            boolean current = ScoreRows.lockCurrent(c, answerId, revision);
            double own = ownTotal(c, answerId, revision, score.rubricVersion());
            boolean counts = current && score.total() > own;
            OptionalLong id = ScoreRows.insert(c, answerId, revision, score, counts, true, at);
            if (id.isEmpty()) {
                return new Combined(false, own, false);
            }
            Transaction.update(
                    c, "update answer_probes set combined_score_id = ? where id = ?", id.getAsLong(), probeId);
            if (counts) {
                Transaction.update(
                        c,
                        "update scores set current_score = false where answer_id = ? and id <> ?",
                        answerId,
                        id.getAsLong());
                Standings.afterAnswersChanged(c, List.of(answerId));
            }
            return new Combined(true, own, counts);
        });
    }

    private static double ownTotal(Connection c, long answerId, int revision, String version) throws SQLException {
        try (PreparedStatement ps = Transaction.prepare(c, """
                select total from scores where answer_id = ? and revision = ? and rubric_version = ? and with_probe = false""", answerId, revision, version);
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getDouble(1) : 0;
        }
    }

    @Override
    public List<Long> unscoredReplies() {
        return Transaction.run(dataSource, c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select p.answer_id from answer_probes p join answers a on a.id = p.answer_id
                    where p.reply_message_id is not null and a.withdrawn_at is null and a.body is not null
                      and not exists (select 1 from scores s where s.answer_id = a.id and s.revision = a.revision
                                      and s.with_probe = true)
                    order by p.answer_id""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    @Override
    public int answeredFor(long postedQuestionId) {
        return Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = Transaction.prepare(c, """
                    select count(*) from answer_probes p join answers a on a.id = p.answer_id
                    where p.posted_question_id = ? and p.reply_message_id is not null and a.withdrawn_at is null""", postedQuestionId);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
