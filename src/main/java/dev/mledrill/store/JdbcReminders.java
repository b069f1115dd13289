package dev.mledrill.store;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.UserRef;
import dev.mledrill.progress.Reminders;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/** Reminder choices, candidates and claims in reminder_settings and reminders_sent (V15). */
public final class JdbcReminders implements Reminders {
    private static final String CANDIDATES = """
            select distinct w.platform, w.external_id, u.external_id, rs.quiet_from, rs.quiet_to
            from answers a join users u on u.id = a.user_id join workspaces w on w.id = u.workspace_id
            left join reminder_settings rs on rs.user_id = u.id
            where a.channel_id = ? and a.withdrawn_at is null and a.practice = false
              and (rs.enabled = true or (rs.user_id is null and ? = true and u.leaderboard_opt_out = false))
              and not exists (select 1 from answers b where b.user_id = u.id and b.posted_question_id = ? and b.withdrawn_at is null)
              and not exists (select 1 from reminders_sent r where r.user_id = u.id
                              and (r.posted_question_id = ? or r.claimed_at > ?))""";

    private final DataSource dataSource;
    private final JdbcDirectory directory = new JdbcDirectory();

    public JdbcReminders(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Choice> choice(UserRef user) {
        return Transaction.run(dataSource, c -> {
            OptionalLong id = KnownIds.user(c, user);
            if (id.isEmpty()) {
                return Optional.empty();
            }
            try (PreparedStatement ps = Transaction.prepare(
                            c,
                            "select enabled, quiet_from, quiet_to from reminder_settings" + " where user_id = ?",
                            id.getAsLong());
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Choice(rs.getBoolean(1), quiet(rs, 2))) : Optional.empty();
            }
        });
    }

    @Override
    public void choose(UserRef user, String displayName, Choice choice) {
        Instant now = Instant.now();
        Transaction.run(dataSource, c -> {
            long id = directory.user(c, user, displayName, now);
            Time from = choice.quiet().map(q -> Time.valueOf(q.from())).orElse(null);
            Time to = choice.quiet().map(q -> Time.valueOf(q.to())).orElse(null);
            if (Transaction.update(
                            c,
                            "update reminder_settings set enabled = ?, quiet_from = ?, quiet_to = ?, updated_at = ?"
                                    + " where user_id = ?",
                            choice.enabled(),
                            from,
                            to,
                            now,
                            id)
                    == 0) {
                Transaction.insertIfAbsent(
                        c,
                        "insert into reminder_settings (user_id, enabled, quiet_from, quiet_to, updated_at)"
                                + " values (?, ?, ?, ?, ?)",
                        id,
                        choice.enabled(),
                        from,
                        to,
                        now);
            }
            return null;
        });
    }

    @Override
    public Optional<OpenPost> closingBetween(ChannelRef channel, Instant now, Instant until) {
        return Transaction.run(dataSource, c -> {
            Optional<KnownIds.ChannelIds> ids = KnownIds.channel(c, channel);
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            try (PreparedStatement ps = Transaction.prepare(
                            c,
                            "select id, window_closes_at from posted_questions"
                                    + " where channel_id = ? and status = 'POSTED' and window_closes_at > ? and window_closes_at <= ?"
                                    + " order by window_closes_at fetch first 1 rows only",
                            ids.get().channel(),
                            now,
                            until);
                    ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new OpenPost(rs.getLong(1), Transaction.instant(rs, "window_closes_at")))
                        : Optional.empty();
            }
        });
    }

    @Override
    public List<Candidate> candidates(ChannelRef channel, long postId, boolean channelDefault, Instant quietSince) {
        return Transaction.run(dataSource, c -> {
            Optional<KnownIds.ChannelIds> ids = KnownIds.channel(c, channel);
            List<Candidate> candidates = new ArrayList<>();
            if (ids.isEmpty()) {
                return candidates;
            }
            try (PreparedStatement ps = Transaction.prepare(
                            c, CANDIDATES, ids.get().channel(), channelDefault, postId, postId, quietSince);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(new Candidate(
                            new UserRef(
                                    dev.mledrill.chat.Platform.fromId(rs.getString(1)),
                                    rs.getString(2),
                                    rs.getString(3)),
                            quiet(rs, 4)));
                }
            }
            return candidates;
        });
    }

    @Override
    public boolean claim(UserRef user, long postId, Instant now, Instant staleBefore) {
        return Transaction.run(dataSource, c -> {
            OptionalLong id = KnownIds.user(c, user);
            if (id.isEmpty()) {
                return false;
            }
            return Transaction.insertIfAbsent(
                            c,
                            "insert into reminders_sent (user_id, posted_question_id, claimed_at)"
                                    + " values (?, ?, ?)",
                            id.getAsLong(),
                            postId,
                            now)
                    || Transaction.update(
                                    c,
                                    "update reminders_sent set claimed_at = ? where user_id = ? and posted_question_id = ?"
                                            + " and sent_at is null and claimed_at < ?",
                                    now,
                                    id.getAsLong(),
                                    postId,
                                    staleBefore)
                            == 1;
        });
    }

    @Override
    public void markSent(UserRef user, long postId, Instant at) {
        Transaction.run(
                dataSource,
                c -> Transaction.update(
                        c,
                        "update reminders_sent set sent_at = ? where posted_question_id = ?" + " and user_id = ("
                                + USER_ID + ")",
                        at,
                        postId,
                        user.platform().id(),
                        user.team(),
                        user.id()));
    }

    @Override
    public void release(UserRef user, long postId) {
        Transaction.run(
                dataSource,
                c -> Transaction.update(
                        c,
                        "delete from reminders_sent where posted_question_id = ?"
                                + " and sent_at is null and user_id = (" + USER_ID + ")",
                        postId,
                        user.platform().id(),
                        user.team(),
                        user.id()));
    }

    private static final String USER_ID = "select u.id from users u join workspaces w on w.id = u.workspace_id"
            + " where w.platform = ? and w.external_id = ? and u.external_id = ?";

    private static Optional<QuietHours> quiet(ResultSet rs, int column) throws SQLException {
        Time from = rs.getTime(column);
        Time to = rs.getTime(column + 1);
        return from == null || to == null
                ? Optional.empty()
                : Optional.of(new QuietHours(from.toLocalTime(), to.toLocalTime()));
    }
}
