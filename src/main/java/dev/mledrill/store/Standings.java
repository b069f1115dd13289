package dev.mledrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Keeps {@code question_bests} and {@code standings} (migration V10) equal to what the counted
 * answers and their current scores add up to. Every store that changes an answer's counted
 * status or current score calls it inside its own transaction, after the change. It first locks
 * the users' rows (in id order), so two transactions changing one user's answers refresh one after
 * the other and the later one reads the rows the earlier one committed (both databases run at
 * READ COMMITTED, where each statement sees what was committed before it started).
 */
public final class Standings {
    /** Users or questions per statement: keeps IN lists well under every driver's parameter limit. */
    private static final int SLICE = 500;
    private static final String COUNTED = "a.late = false and a.practice = false and a.withdrawn_at is null";
    private static final String[] REBUILD = {
        "delete from standings",
        "delete from question_bests",
        "insert into question_bests (user_id, posted_question_id, channel_id, workspace_id, drill_date, best, first_at)"
                + " select a.user_id, a.posted_question_id, pq.channel_id, c.workspace_id, pq.drill_date,"
                + " coalesce(max(s.total), 0), min(a.received_at) from answers a"
                + " join posted_questions pq on pq.id = a.posted_question_id join channels c on c.id = pq.channel_id"
                + " left join scores s on s.answer_id = a.id and s.current_score = true where " + COUNTED
                + " group by a.user_id, a.posted_question_id, pq.channel_id, c.workspace_id, pq.drill_date",
        "insert into standings (scope, scope_id, user_id, points, answered, first_at) select 'channel', channel_id, user_id,"
                + " sum(best), count(*), min(first_at) from question_bests group by channel_id, user_id",
        "insert into standings (scope, scope_id, user_id, points, answered, first_at) select 'workspace', workspace_id, user_id,"
                + " sum(best), count(*), min(first_at) from question_bests group by workspace_id, user_id",
    };

    /** One user's counted answers to one daily question. */
    record Key(long userId, long postedQuestionId) {
    }

    private record Best(double best, Instant firstAt) {
    }

    private record ScopeKey(String scope, long scopeId, long userId) {
    }

    private record Total(double points, int answered, Instant firstAt) {
    }

    private Standings() {
    }

    /** Refreshes whatever the given answers count towards (answers to no daily question count towards nothing). */
    static void afterAnswersChanged(Connection c, Collection<Long> answerIds) throws SQLException {
        Set<Key> keys = new HashSet<>();
        for (List<Long> slice : slices(answerIds)) {
            try (PreparedStatement ps = Transaction.prepare(c, "select distinct user_id, posted_question_id from answers"
                    + " where posted_question_id is not null and id in (" + marks(slice.size()) + ")", slice.toArray());
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(new Key(rs.getLong(1), rs.getLong(2)));
                }
            }
        }
        refresh(c, keys);
    }

    /** Recomputes the given users' bests for the given questions, and their totals where a best changed. */
    static void refresh(Connection c, Collection<Key> keys) throws SQLException {
        Map<Long, List<Key>> byUser = new HashMap<>();
        keys.forEach(k -> byUser.computeIfAbsent(k.userId(), u -> new ArrayList<>()).add(k));
        for (List<Long> users : slices(new TreeSet<>(byUser.keySet()))) {
            lockUsers(c, users);
            List<Key> sliceKeys = users.stream().flatMap(u -> byUser.get(u).stream()).toList();
            Set<Long> changedUsers = new TreeSet<>();
            for (List<Key> part : slices(sliceKeys)) {
                changedUsers.addAll(refreshBests(c, part));
            }
            if (!changedUsers.isEmpty()) {
                refreshTotals(c, List.copyOf(changedUsers));
            }
        }
    }

    /**
     * Recomputes both tables from scratch, for rows written around the stores (bulk loads, benches).
     * What the stores keep up to date must always equal what this computes.
     */
    public static void rebuild(DataSource dataSource) {
        Transaction.run(dataSource, c -> {
            rebuild(c);
            return null;
        });
    }

    static void rebuild(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : REBUILD) {
                s.executeUpdate(sql);
            }
        }
    }

    /**
     * Locks the users' rows one by one in id order. A no-op update rather than SELECT FOR UPDATE:
     * on PostgreSQL every insert that references a user holds a key-share lock on the user's row,
     * and two writers upgrading theirs to FOR UPDATE deadlock; an update that changes no key takes
     * a lock that key-share locks do not block.
     */
    private static void lockUsers(Connection c, List<Long> users) throws SQLException {
        for (long user : new TreeSet<>(users)) {
            Transaction.update(c, "update users set leaderboard_opt_out = leaderboard_opt_out where id = ?", user);
        }
    }

    /** Brings the keys' rows of question_bests up to date; returns the users whose rows changed. */
    private static Set<Long> refreshBests(Connection c, List<Key> keys) throws SQLException {
        List<Long> users = keys.stream().map(Key::userId).distinct().toList();
        List<Long> questions = keys.stream().map(Key::postedQuestionId).distinct().toList();
        List<Object> args = new ArrayList<>(users);
        args.addAll(questions);
        String within = "user_id in (" + marks(users.size()) + ") and %s in (" + marks(questions.size()) + ")";
        Map<Key, Best> wanted = bests(c, "select a.user_id, a.posted_question_id, coalesce(max(s.total), 0), min(a.received_at)"
                + " from answers a left join scores s on s.answer_id = a.id and s.current_score = true where a."
                + String.format(within, "a.posted_question_id") + " and " + COUNTED
                + " group by a.user_id, a.posted_question_id", args);
        Map<Key, Best> stored = bests(c, "select user_id, posted_question_id, best, first_at from question_bests where "
                + String.format(within, "posted_question_id"), args);
        Set<Long> changed = new HashSet<>();
        for (Key key : keys) {
            Best want = wanted.get(key);
            Best have = stored.get(key);
            if (Objects.equals(want, have)) {
                continue;
            }
            changed.add(key.userId());
            if (want == null) {
                Transaction.update(c, "delete from question_bests where user_id = ? and posted_question_id = ?",
                        key.userId(), key.postedQuestionId());
            } else if (have == null) {
                Transaction.update(c, "insert into question_bests (user_id, posted_question_id, channel_id, workspace_id,"
                        + " drill_date, best, first_at) select ?, pq.id, pq.channel_id, c.workspace_id, pq.drill_date, ?, ?"
                        + " from posted_questions pq join channels c on c.id = pq.channel_id where pq.id = ?",
                        key.userId(), want.best(), want.firstAt(), key.postedQuestionId());
            } else {
                Transaction.update(c, "update question_bests set best = ?, first_at = ? where user_id = ? and posted_question_id = ?",
                        want.best(), want.firstAt(), key.userId(), key.postedQuestionId());
            }
        }
        return changed;
    }

    private static Map<Key, Best> bests(Connection c, String sql, List<Object> args) throws SQLException {
        Map<Key, Best> bests = new HashMap<>();
        try (PreparedStatement ps = Transaction.prepare(c, sql, args.toArray()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                bests.put(new Key(rs.getLong(1), rs.getLong(2)), new Best(rs.getDouble(3), instant(rs, 4)));
            }
        }
        return bests;
    }

    /** Recomputes the users' channel and workspace totals from their question_bests rows. */
    private static void refreshTotals(Connection c, List<Long> users) throws SQLException {
        String in = "user_id in (" + marks(users.size()) + ")";
        Map<ScopeKey, Total> wanted = new HashMap<>();
        wanted.putAll(totals(c, "select 'channel', channel_id, user_id, sum(best), count(*), min(first_at) from question_bests"
                + " where " + in + " group by channel_id, user_id", users));
        wanted.putAll(totals(c, "select 'workspace', workspace_id, user_id, sum(best), count(*), min(first_at) from question_bests"
                + " where " + in + " group by workspace_id, user_id", users));
        Map<ScopeKey, Total> stored = totals(c, "select scope, scope_id, user_id, points, answered, first_at from standings where "
                + in, users);
        for (Map.Entry<ScopeKey, Total> row : stored.entrySet()) {
            ScopeKey key = row.getKey();
            Total want = wanted.remove(key);
            if (want == null) {
                Transaction.update(c, "delete from standings where scope = ? and scope_id = ? and user_id = ?",
                        key.scope(), key.scopeId(), key.userId());
            } else if (!want.equals(row.getValue())) {
                Transaction.update(c, "update standings set points = ?, answered = ?, first_at = ?"
                        + " where scope = ? and scope_id = ? and user_id = ?", want.points(), want.answered(), want.firstAt(),
                        key.scope(), key.scopeId(), key.userId());
            }
        }
        for (Map.Entry<ScopeKey, Total> row : wanted.entrySet()) {
            ScopeKey key = row.getKey();
            Transaction.update(c, "insert into standings (scope, scope_id, user_id, points, answered, first_at)"
                    + " values (?, ?, ?, ?, ?, ?)", key.scope(), key.scopeId(), key.userId(), row.getValue().points(),
                    row.getValue().answered(), row.getValue().firstAt());
        }
    }

    private static Map<ScopeKey, Total> totals(Connection c, String sql, List<Long> users) throws SQLException {
        Map<ScopeKey, Total> totals = new HashMap<>();
        try (PreparedStatement ps = Transaction.prepare(c, sql, users.toArray()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                totals.put(new ScopeKey(rs.getString(1), rs.getLong(2), rs.getLong(3)),
                        new Total(rs.getDouble(4), rs.getInt(5), instant(rs, 6)));
            }
        }
        return totals;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static <T> List<List<T>> slices(Collection<T> all) {
        List<T> list = List.copyOf(all);
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < list.size(); from += SLICE) {
            slices.add(list.subList(from, Math.min(list.size(), from + SLICE)));
        }
        return slices;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
