package dev.mledrill.store;

import dev.mledrill.streak.DrillDay;
import dev.mledrill.streak.Scope;
import dev.mledrill.streak.StreakCalculator;
import dev.mledrill.streak.StreakPolicy;
import dev.mledrill.streak.StreakSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streaks of one scope computed from stored rows: the scope's drill days (days with a POSTED
 * question), the days each user answered in the window (one {@code question_bests} row per user
 * and daily question, kept by {@link Standings}) and recorded freezes. Freezes the calculation
 * spends are recorded in {@code streak_freezes}, inside the caller's transaction.
 */
final class StreakRows {
    private static final String POSTS_IN_SCOPE =
            " from posted_questions pq join channels c on c.id = pq.channel_id where ";

    private final StreakCalculator calculator = new StreakCalculator();
    private final StreakPolicy policy;

    StreakRows(StreakPolicy policy) {
        this.policy = policy;
    }

    /** The same counting over another scope. */
    StreakRows over(Scope scope) {
        return new StreakRows(new StreakPolicy(scope, policy.freezesPerMonth()));
    }

    /** What a user with no counted answer has: nothing, and this month's freezes intact. */
    StreakSummary none() {
        return new StreakSummary(0, 0, 0, policy.freezesPerMonth());
    }

    /** Streaks of {@code users} (every user who answered in the scope when empty) who have a counted answer. */
    Map<Long, StreakSummary> compute(
            Connection c, KnownIds.ChannelIds ids, Collection<Long> users, Instant now, ZoneId zone)
            throws SQLException {
        long scopeId = policy.scope() == Scope.CHANNEL ? ids.channel() : ids.workspace();
        String scopeColumn = policy.scope() == Scope.CHANNEL ? "channel_id" : "workspace_id";
        List<DrillDay> days =
                days(c, (policy.scope() == Scope.CHANNEL ? "pq." : "c.") + scopeColumn + " = ?", scopeId, now);
        Map<Long, Set<LocalDate>> answered = byUser(
                c,
                "select user_id, drill_date from question_bests where " + scopeColumn + " = ?"
                        + onlyUsers("user_id", users),
                scopeId,
                users);
        Map<Long, Set<LocalDate>> frozen = byUser(
                c,
                "select user_id, drill_date from streak_freezes where scope = '"
                        + policy.scope().id() + "' and scope_id = ?" + onlyUsers("user_id", users),
                scopeId,
                users);
        YearMonth thisMonth = YearMonth.from(now.atZone(zone));
        Map<Long, StreakSummary> streaks = new HashMap<>();
        List<Object[]> spent = new ArrayList<>();
        for (Map.Entry<Long, Set<LocalDate>> entry : answered.entrySet()) {
            Set<LocalDate> userFrozen = frozen.getOrDefault(entry.getKey(), Set.of());
            StreakCalculator.Result result =
                    calculator.calculate(days, entry.getValue(), userFrozen, policy.freezesPerMonth(), thisMonth);
            for (LocalDate date : result.newFreezes()) {
                spent.add(new Object[] {entry.getKey(), policy.scope().id(), scopeId, date, now});
            }
            streaks.put(entry.getKey(), result.summary());
        }
        Transaction.insertAllIfAbsent(
                c,
                "insert into streak_freezes (user_id, scope, scope_id, drill_date, used_at)"
                        + " values (?, ?, ?, ?, ?)",
                spent);
        return streaks;
    }

    private static List<DrillDay> days(Connection c, String scopeFilter, long scopeId, Instant now)
            throws SQLException {
        List<DrillDay> days = new ArrayList<>();
        try (PreparedStatement ps = Transaction.prepare(
                        c,
                        "select pq.drill_date, max(pq.window_closes_at)" + POSTS_IN_SCOPE + scopeFilter
                                + " and pq.status = 'POSTED' group by pq.drill_date",
                        scopeId);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Instant closes = rs.getObject(2, java.time.OffsetDateTime.class).toInstant();
                days.add(new DrillDay(rs.getObject(1, LocalDate.class), !closes.isAfter(now)));
            }
        }
        return days;
    }

    private static String onlyUsers(String column, Collection<Long> users) {
        return users.isEmpty()
                ? ""
                : " and " + column + " in (" + String.join(", ", Collections.nCopies(users.size(), "?")) + ")";
    }

    private static Map<Long, Set<LocalDate>> byUser(Connection c, String sql, long scopeId, Collection<Long> users)
            throws SQLException {
        List<Object> args = new ArrayList<>();
        args.add(scopeId);
        args.addAll(users);
        Map<Long, Set<LocalDate>> dates = new HashMap<>();
        try (PreparedStatement ps = Transaction.prepare(c, sql, args.toArray());
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                dates.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getObject(2, LocalDate.class));
            }
        }
        return dates;
    }
}
