package dev.mledrill.store;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.leaderboard.LeaderboardEntry;
import dev.mledrill.leaderboard.Leaderboards;
import dev.mledrill.leaderboard.Period;
import dev.mledrill.leaderboard.StreakStanding;
import dev.mledrill.streak.Scope;
import dev.mledrill.streak.StreakPolicy;
import dev.mledrill.streak.StreakSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Leaderboards ranked in SQL: all time from the totals {@link Standings} keeps, this week and
 * this month from the answers and current scores of the period; streaks from {@link StreakRows}.
 */
public final class JdbcLeaderboards implements Leaderboards {
    /**
     * A period's board: the kept bests ({@link Standings}) of the daily questions first answered in the
     * period, so it reads one narrow row per person and question, not every answer with its score.
     * Names are read for the few rows returned.
     */
    private static final String POINTS = "select q.user_id, sum(q.best) as points, count(*) as answered,"
            + " min(q.first_at) as first_at from question_bests q"
            + " where q.%s = ? and q.first_at >= ?"
            + " and q.user_id not in (select id from users where workspace_id = ? and leaderboard_opt_out = true)"
            + " group by q.user_id order by points desc, answered desc, first_at asc, q.user_id asc fetch first ? rows only";

    private static final String ALL_TIME = "select st.user_id, st.points, st.answered, st.first_at from standings st"
            + " join users u on u.id = st.user_id where st.scope = ? and st.scope_id = ? and u.leaderboard_opt_out = false"
            + " order by st.points desc, st.answered desc, st.first_at asc, st.user_id asc fetch first ? rows only";

    private final DataSource dataSource;
    private final StreakRows streakRows;
    private final Clock clock;

    public JdbcLeaderboards(DataSource dataSource, StreakPolicy policy, Clock clock) {
        this.dataSource = dataSource;
        this.streakRows = new StreakRows(policy);
        this.clock = clock;
    }

    @Override
    public List<LeaderboardEntry> points(ChannelRef channel, Scope scope, Period period, ZoneId zone, int limit) {
        Instant now = clock.instant();
        return Transaction.run(dataSource, c -> {
            Optional<KnownIds.ChannelIds> ids = KnownIds.channel(c, channel);
            if (ids.isEmpty()) {
                return List.of();
            }
            long scopeId =
                    scope == Scope.CHANNEL ? ids.get().channel() : ids.get().workspace();
            Optional<Instant> from = period.start(now, zone);
            List<Row> rows = from.isPresent()
                    ? pointRows(
                            c,
                            Transaction.prepare(
                                    c,
                                    String.format(POINTS, scope == Scope.CHANNEL ? "channel_id" : "workspace_id"),
                                    scopeId,
                                    from.get(),
                                    ids.get().workspace(),
                                    limit))
                    : pointRows(c, Transaction.prepare(c, ALL_TIME, scope.id(), scopeId, limit));
            Map<Long, StreakSummary> streaks = rows.isEmpty()
                    ? Map.of()
                    : streakRows.compute(
                            c, ids.get(), rows.stream().map(Row::userId).toList(), now, zone);
            List<LeaderboardEntry> board = new ArrayList<>();
            for (Row row : rows) {
                int streak =
                        streaks.getOrDefault(row.userId(), StreakSummary.NONE).current();
                board.add(new LeaderboardEntry(
                        board.size() + 1,
                        row.externalId(),
                        row.displayName(),
                        row.points(),
                        row.answered(),
                        row.firstAt(),
                        streak));
            }
            return board;
        });
    }

    @Override
    public List<StreakStanding> streaks(ChannelRef channel, Scope scope, ZoneId zone, int limit) {
        Instant now = clock.instant();
        return Transaction.run(dataSource, c -> {
            Optional<KnownIds.ChannelIds> ids = KnownIds.channel(c, channel);
            if (ids.isEmpty()) {
                return List.of();
            }
            Map<Long, StreakSummary> streaks = streakRows.over(scope).compute(c, ids.get(), List.of(), now, zone);
            Map<Long, Person> people = visiblePeople(c, ids.get().workspace());
            List<Map.Entry<Long, StreakSummary>> ranked = streaks.entrySet().stream()
                    .filter(e -> people.containsKey(e.getKey()) && e.getValue().longest() > 0)
                    .sorted(Comparator.<Map.Entry<Long, StreakSummary>>comparingInt(
                                    e -> -e.getValue().current())
                            .thenComparingInt(e -> -e.getValue().longest())
                            .thenComparing(e -> people.get(e.getKey()).externalId()))
                    .limit(limit)
                    .toList();
            List<StreakStanding> board = new ArrayList<>();
            for (Map.Entry<Long, StreakSummary> e : ranked) {
                Person person = people.get(e.getKey());
                board.add(new StreakStanding(
                        board.size() + 1,
                        person.externalId(),
                        person.displayName(),
                        e.getValue().current(),
                        e.getValue().longest()));
            }
            return board;
        });
    }

    private record Row(
            long userId, String externalId, String displayName, double points, int answered, Instant firstAt) {}

    private record Ranked(long userId, double points, int answered, Instant firstAt) {}

    /** Runs a ranking query (user_id, points, answered, first_at) and adds the names of the users it returns. */
    private static List<Row> pointRows(Connection c, PreparedStatement query) throws SQLException {
        List<Ranked> ranked = new ArrayList<>();
        try (PreparedStatement ps = query;
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ranked.add(new Ranked(
                        rs.getLong("user_id"),
                        rs.getDouble("points"),
                        rs.getInt("answered"),
                        Transaction.instant(rs, "first_at")));
            }
        }
        Map<Long, Person> people = people(c, ranked.stream().map(Ranked::userId).toList());
        return ranked.stream()
                .map(r -> new Row(
                        r.userId(),
                        people.get(r.userId()).externalId(),
                        people.get(r.userId()).displayName(),
                        r.points(),
                        r.answered(),
                        r.firstAt()))
                .toList();
    }

    private static Map<Long, Person> people(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Person> people = new HashMap<>();
        if (ids.isEmpty()) {
            return people;
        }
        String in = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement ps = Transaction.prepare(
                        c, "select id, external_id, display_name from users where id in (" + in + ")", ids.toArray());
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                people.put(rs.getLong(1), new Person(rs.getString(2), rs.getString(3)));
            }
        }
        return people;
    }

    private record Person(String externalId, String displayName) {}

    /** The workspace's users who have not opted out of leaderboards. */
    private static Map<Long, Person> visiblePeople(Connection c, long workspaceId) throws SQLException {
        Map<Long, Person> people = new HashMap<>();
        try (PreparedStatement ps = Transaction.prepare(
                        c,
                        "select id, external_id, display_name from users"
                                + " where workspace_id = ? and leaderboard_opt_out = false",
                        workspaceId);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                people.put(rs.getLong(1), new Person(rs.getString(2), rs.getString(3)));
            }
        }
        return people;
    }
}
