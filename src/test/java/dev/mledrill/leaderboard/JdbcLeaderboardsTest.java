package dev.mledrill.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.schedule.PostedQuestion;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcLeaderboards;
import dev.mledrill.store.JdbcOptOuts;
import dev.mledrill.streak.Scope;
import dev.mledrill.streak.StreakPolicy;
import dev.mledrill.testing.MutableClock;
import dev.mledrill.testing.Posts;
import dev.mledrill.testing.TestAnswers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JdbcLeaderboardsTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final ChannelRef OTHER_CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C2");
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 8);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-10T18:00:00Z"));
    private Database database;
    private TestAnswers answers;
    private Posts posts;
    private JdbcLeaderboards leaderboards;

    /** The database under test: a fresh, migrated one. PostgreSQL subclasses override it. */
    protected Database openDatabase() {
        return Database.h2InMemory("leaderboards-" + System.nanoTime());
    }

    @BeforeEach
    void open() {
        database = openDatabase();
        answers = new TestAnswers(database.dataSource());
        posts = new Posts(database.dataSource(), ZONE);
        leaderboards = new JdbcLeaderboards(database.dataSource(), new StreakPolicy(Scope.CHANNEL, 0), clock);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private static UserRef user(String id) {
        return new UserRef(Platform.SLACK, "T1", id);
    }

    private void answer(PostedQuestion post, String user, double total, Duration afterPost) {
        Instant at = post.windowClosesAt().minus(Duration.ofDays(1)).plus(afterPost);
        answers.answer(post.id(), user(user), user.toLowerCase(), at, total, Map.of());
    }

    @Test
    @DisplayName("points are each user's best score per question; withdrawn and late answers don't count")
    void bestScorePerQuestion() {
        PostedQuestion monday = posts.posted(CHANNEL, MONDAY);
        PostedQuestion tuesday = posts.posted(CHANNEL, MONDAY.plusDays(1));
        answer(monday, "UA", 40, Duration.ofHours(1));
        answer(monday, "UA", 70, Duration.ofHours(2));
        answer(tuesday, "UA", 50, Duration.ofHours(1));
        answer(monday, "UB", 90, Duration.ofHours(1));
        answers.withdraw(
                answers.answer(tuesday.id(), user("UB"), "ub", Instant.parse("2026-06-09T08:00:00Z"), 99, Map.of()),
                Instant.parse("2026-06-09T09:00:00Z"));
        answer(tuesday, "UB", 95, Duration.ofDays(2));

        List<LeaderboardEntry> board = leaderboards.points(CHANNEL, Scope.CHANNEL, Period.WEEK, ZONE, 10);

        assertThat(board)
                .extracting(LeaderboardEntry::userId, LeaderboardEntry::points, LeaderboardEntry::answers)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("UA", 120.0, 2),
                        org.assertj.core.groups.Tuple.tuple("UB", 90.0, 1));
        assertThat(board).extracting(LeaderboardEntry::rank).containsExactly(1, 2);
    }

    @Test
    @DisplayName("ties break by more answers, then the earliest first answer, then who was known first")
    void stableTieBreak() {
        PostedQuestion monday = posts.posted(CHANNEL, MONDAY);
        PostedQuestion tuesday = posts.posted(CHANNEL, MONDAY.plusDays(1));
        answer(monday, "UC", 100, Duration.ofHours(1));
        answer(monday, "UD", 50, Duration.ofHours(3));
        answer(tuesday, "UD", 50, Duration.ofHours(1));
        answer(monday, "UF", 100, Duration.ofHours(2));
        answer(monday, "UE", 100, Duration.ofHours(2));

        List<LeaderboardEntry> board = leaderboards.points(CHANNEL, Scope.CHANNEL, Period.ALL, ZONE, 10);

        assertThat(board).extracting(LeaderboardEntry::userId).containsExactly("UD", "UC", "UF", "UE");
    }

    @Test
    @DisplayName("a question counts once, in the period of its first answer, with its best score")
    void questionCountsInThePeriodOfItsFirstAnswer() {
        PostedQuestion sunday = posts.posted(CHANNEL, MONDAY.minusDays(1));
        answer(sunday, "UA", 40, Duration.ofHours(1)); // Sunday 10:00
        answer(sunday, "UA", 90, Duration.ofHours(20)); // Monday 05:00, inside the same window
        PostedQuestion monday = posts.posted(CHANNEL, MONDAY);
        answer(monday, "UB", 60, Duration.ofHours(1));

        assertThat(leaderboards.points(CHANNEL, Scope.CHANNEL, Period.WEEK, ZONE, 10))
                .extracting(LeaderboardEntry::userId, LeaderboardEntry::points)
                .containsExactly(tuple("UB", 60.0));
        assertThat(leaderboards.points(CHANNEL, Scope.CHANNEL, Period.ALL, ZONE, 10))
                .extracting(LeaderboardEntry::userId, LeaderboardEntry::points)
                .containsExactly(tuple("UA", 90.0), tuple("UB", 60.0));
    }

    @Test
    @DisplayName("the week starts on Monday in the channel's zone, and the workspace board spans its channels")
    void periodsAndWorkspace() {
        PostedQuestion lastWeek = posts.posted(CHANNEL, MONDAY.minusDays(3));
        PostedQuestion thisWeek = posts.posted(OTHER_CHANNEL, MONDAY);
        answer(lastWeek, "UA", 80, Duration.ofHours(1));
        answer(thisWeek, "UB", 60, Duration.ofHours(1));

        assertThat(leaderboards.points(CHANNEL, Scope.CHANNEL, Period.WEEK, ZONE, 10))
                .isEmpty();
        assertThat(leaderboards.points(CHANNEL, Scope.CHANNEL, Period.MONTH, ZONE, 10))
                .extracting(LeaderboardEntry::userId)
                .containsExactly("UA");
        assertThat(leaderboards.points(CHANNEL, Scope.WORKSPACE, Period.WEEK, ZONE, 10))
                .extracting(LeaderboardEntry::userId)
                .containsExactly("UB");
        assertThat(leaderboards.points(CHANNEL, Scope.WORKSPACE, Period.ALL, ZONE, 10))
                .extracting(LeaderboardEntry::userId)
                .containsExactly("UA", "UB");
    }

    @Test
    @DisplayName("a user who opted out is left off both boards; the streak board ranks current, then longest")
    void optOutAndStreakBoard() {
        PostedQuestion monday = posts.posted(CHANNEL, MONDAY);
        PostedQuestion tuesday = posts.posted(CHANNEL, MONDAY.plusDays(1));
        answer(monday, "UA", 80, Duration.ofHours(1));
        answer(tuesday, "UA", 80, Duration.ofHours(1));
        answer(monday, "UB", 99, Duration.ofHours(1));
        answer(tuesday, "UC", 10, Duration.ofHours(1));
        new JdbcOptOuts(database.dataSource(), clock).set(user("UB"), "ub", true);

        assertThat(leaderboards.points(CHANNEL, Scope.CHANNEL, Period.ALL, ZONE, 10))
                .extracting(LeaderboardEntry::userId)
                .containsExactly("UA", "UC");
        assertThat(leaderboards.points(CHANNEL, Scope.CHANNEL, Period.ALL, ZONE, 10))
                .extracting(LeaderboardEntry::currentStreak)
                .containsExactly(2, 1);
        assertThat(leaderboards.streaks(CHANNEL, Scope.CHANNEL, ZONE, 10))
                .containsExactly(new StreakStanding(1, "UA", "ua", 2, 2), new StreakStanding(2, "UC", "uc", 1, 1));
    }
}
