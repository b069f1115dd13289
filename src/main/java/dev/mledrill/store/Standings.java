package dev.mledrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
    /** Ids per IN list: well under every driver's parameter limit. */
    private static final int SLICE = 500;
    /** Answers that count: in the window, not practice, not withdrawn, not flagged as a near copy (V11). */
    static final String COUNTED =
            "a.late = false and a.practice = false and a.withdrawn_at is null and a.copy_flag is null";

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
    private record Key(long userId, long postedQuestionId) {}

    private record Best(double best, Instant firstAt) {}

    /** Where a daily question was posted. */
    private record Place(long channelId, long workspaceId, LocalDate drillDate) {}

    private record ScopeKey(String scope, long scopeId, long userId) {}

    /** How one user's total in one scope changes with the bests that changed. */
    private static final class Delta {
        private double points;
        private int answered;
        private Instant earliest;
        /** A best went away or its first answer became later: the earliest first answer must be looked up again. */
        private boolean recount;

        void add(Best have, Best want) {
            points += (want == null ? 0 : want.best()) - (have == null ? 0 : have.best());
            answered += (want == null ? 0 : 1) - (have == null ? 0 : 1);
            if (have != null && (want == null || want.firstAt().isAfter(have.firstAt()))) {
                recount = true;
            }
            if (want != null && (earliest == null || want.firstAt().isBefore(earliest))) {
                earliest = want.firstAt();
            }
        }
    }

    private Standings() {}

    /**
     * Refreshes the bests of every user and daily question the given answers belong to (answers
     * to no daily question count towards nothing), then moves the users' totals by what changed.
     */
    static void afterAnswersChanged(Connection c, Collection<Long> answerIds) throws SQLException {
        List<List<Long>> slices = slices(new TreeSet<>(answerIds));
        Set<Long> users = new TreeSet<>();
        for (List<Long> slice : slices) {
            try (PreparedStatement ps = Transaction.prepare(
                            c,
                            "select distinct user_id from answers" + " where posted_question_id is not null and id in ("
                                    + marks(slice.size()) + ")",
                            slice.toArray());
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    users.add(rs.getLong(1));
                }
            }
        }
        if (users.isEmpty()) {
            return;
        }
        lockUsers(c, users);
        Map<ScopeKey, Delta> deltas = new HashMap<>();
        for (List<Long> slice : slices) {
            String pairs =
                    "(select distinct user_id, posted_question_id from answers where posted_question_id is not null"
                            + " and id in (" + marks(slice.size()) + ")) k";
            Map<Key, Best> wanted = bests(
                    c,
                    "select a.user_id, a.posted_question_id, coalesce(max(s.total), 0), min(a.received_at)"
                            + " from " + pairs
                            + " join answers a on a.user_id = k.user_id and a.posted_question_id = k.posted_question_id"
                            + " left join scores s on s.answer_id = a.id and s.current_score = true where " + COUNTED
                            + " group by a.user_id, a.posted_question_id",
                    slice);
            Map<Key, Best> stored = bests(
                    c,
                    "select q.user_id, q.posted_question_id, q.best, q.first_at from " + pairs
                            + " join question_bests q on q.user_id = k.user_id and q.posted_question_id = k.posted_question_id",
                    slice);
            refreshBests(c, wanted, stored, deltas);
        }
        applyTotals(c, deltas);
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
     * Locks the users' rows in id order. A no-op update rather than SELECT FOR UPDATE: on
     * PostgreSQL every insert that references a user holds a key-share lock on the user's row, and
     * two writers upgrading theirs to FOR UPDATE deadlock; an update that changes no key takes a
     * lock that key-share locks do not block.
     */
    private static void lockUsers(Connection c, Set<Long> users) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("update users set leaderboard_opt_out = leaderboard_opt_out where id = ?")) {
            for (long user : new TreeSet<>(users)) {
                ps.setLong(1, user);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Writes the bests that differ from the stored ones to question_bests and adds the difference to {@code deltas}. */
    private static void refreshBests(
            Connection c, Map<Key, Best> wanted, Map<Key, Best> stored, Map<ScopeKey, Delta> deltas)
            throws SQLException {
        Set<Key> keys = new HashSet<>(wanted.keySet());
        keys.addAll(stored.keySet());
        List<Key> changed = keys.stream()
                .filter(k -> !Objects.equals(wanted.get(k), stored.get(k)))
                .toList();
        if (changed.isEmpty()) {
            return;
        }
        List<Long> questions =
                changed.stream().map(Key::postedQuestionId).distinct().toList();
        Map<Long, Place> places = places(c, questions);
        try (PreparedStatement delete =
                        c.prepareStatement("delete from question_bests where user_id = ? and posted_question_id = ?");
                PreparedStatement insert =
                        c.prepareStatement("insert into question_bests (user_id, posted_question_id, channel_id,"
                                + " workspace_id, drill_date, best, first_at) values (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement update = c.prepareStatement("update question_bests set best = ?, first_at = ?"
                        + " where user_id = ? and posted_question_id = ?")) {
            for (Key key : changed) {
                Best want = wanted.get(key);
                Best have = stored.get(key);
                Place place = places.get(key.postedQuestionId());
                if (want == null) {
                    bind(delete, key.userId(), key.postedQuestionId());
                } else if (have == null) {
                    bind(
                            insert,
                            key.userId(),
                            key.postedQuestionId(),
                            place.channelId(),
                            place.workspaceId(),
                            place.drillDate(),
                            want.best(),
                            utc(want.firstAt()));
                } else {
                    bind(update, want.best(), utc(want.firstAt()), key.userId(), key.postedQuestionId());
                }
                deltas.computeIfAbsent(new ScopeKey("channel", place.channelId(), key.userId()), k -> new Delta())
                        .add(have, want);
                deltas.computeIfAbsent(new ScopeKey("workspace", place.workspaceId(), key.userId()), k -> new Delta())
                        .add(have, want);
            }
            delete.executeBatch();
            insert.executeBatch();
            update.executeBatch();
        }
    }

    /** Rows of (user_id, posted_question_id, best, first_at). */
    private static Map<Key, Best> bests(Connection c, String sql, List<Long> args) throws SQLException {
        Map<Key, Best> bests = new HashMap<>();
        try (PreparedStatement ps = Transaction.prepare(c, sql, args.toArray());
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                bests.put(new Key(rs.getLong(1), rs.getLong(2)), new Best(rs.getDouble(3), instant(rs, 4)));
            }
        }
        return bests;
    }

    private static Map<Long, Place> places(Connection c, List<Long> questions) throws SQLException {
        Map<Long, Place> places = new HashMap<>();
        try (PreparedStatement ps = Transaction.prepare(
                        c,
                        "select pq.id, pq.channel_id, c.workspace_id, pq.drill_date"
                                + " from posted_questions pq join channels c on c.id = pq.channel_id where pq.id in ("
                                + marks(questions.size())
                                + ")",
                        questions.toArray());
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                places.put(rs.getLong(1), new Place(rs.getLong(2), rs.getLong(3), rs.getObject(4, LocalDate.class)));
            }
        }
        return places;
    }

    /**
     * Moves each user's scope totals by its delta. Where only bests rose or were added, that is
     * arithmetic on the row; where one went away or began later, the totals are summed afresh from
     * the user's question_bests in that scope.
     */
    private static void applyTotals(Connection c, Map<ScopeKey, Delta> deltas) throws SQLException {
        List<Map.Entry<ScopeKey, Delta>> moved = new ArrayList<>();
        try (PreparedStatement update =
                c.prepareStatement("update standings set points = points + ?, answered = answered + ?,"
                        + " first_at = least(first_at, ?) where scope = ? and scope_id = ? and user_id = ?")) {
            for (Map.Entry<ScopeKey, Delta> e : deltas.entrySet()) {
                if (e.getValue().recount) {
                    recount(c, e.getKey());
                } else {
                    ScopeKey key = e.getKey();
                    bind(
                            update,
                            e.getValue().points,
                            e.getValue().answered,
                            utc(e.getValue().earliest),
                            key.scope(),
                            key.scopeId(),
                            key.userId());
                    moved.add(e);
                }
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    ScopeKey key = moved.get(i).getKey();
                    Delta delta = moved.get(i).getValue();
                    insertTotal(c, key, delta.points, delta.answered, delta.earliest);
                }
            }
        }
    }

    private static void recount(Connection c, ScopeKey key) throws SQLException {
        String column = key.scope().equals("channel") ? "channel_id" : "workspace_id";
        Transaction.update(
                c,
                "delete from standings where scope = ? and scope_id = ? and user_id = ?",
                key.scope(),
                key.scopeId(),
                key.userId());
        try (PreparedStatement ps = Transaction.prepare(
                        c,
                        "select coalesce(sum(best), 0), count(*), min(first_at)"
                                + " from question_bests where user_id = ? and " + column + " = ?",
                        key.userId(),
                        key.scopeId());
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getInt(2) > 0) {
                insertTotal(c, key, rs.getDouble(1), rs.getInt(2), instant(rs, 3));
            }
        }
    }

    private static void insertTotal(Connection c, ScopeKey key, double points, int answered, Instant firstAt)
            throws SQLException {
        Transaction.update(
                c,
                "insert into standings (scope, scope_id, user_id, points, answered, first_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                key.scope(),
                key.scopeId(),
                key.userId(),
                points,
                answered,
                firstAt);
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        ps.addBatch();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
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
