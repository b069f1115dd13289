package dev.mledrill.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Chats;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.store.JdbcStreaks;
import dev.mledrill.streak.Scope;
import dev.mledrill.streak.StreakPolicy;
import dev.mledrill.streak.StreakSummary;
import dev.mledrill.testing.Channels;
import dev.mledrill.testing.Instance;
import dev.mledrill.testing.MutableClock;
import dev.mledrill.testing.RecordingChat;
import dev.mledrill.testing.TestAnswers;
import dev.mledrill.testing.TestQuestions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thirty days (19 Oct to 18 Nov 2026: Europe leaves summer time on 25 Oct, New York on 1 Nov)
 * of two channels, each tick run by two instances at once on one H2 file, with restarts, two
 * outages, a platform failure, weekends and holidays, and people answering on time, late or not at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThirtyDaySimulationTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant START = Instant.parse("2026-10-19T00:00:00Z");
    private static final Instant END = Instant.parse("2026-11-18T00:00:00Z");
    private static final Duration STEP = Duration.ofMinutes(15);
    private static final ChannelSettings BERLIN_CHANNEL = Channels.settings(
            new ChannelRef(Platform.SLACK, "T1", "CBER"),
            "Europe/Berlin",
            "0 0 9 ? * MON-FRI",
            Set.of(LocalDate.of(2026, 10, 30)),
            java.util.Optional.empty(),
            List.of());
    private static final ChannelSettings NY_CHANNEL = Channels.settings(
            new ChannelRef(Platform.DISCORD, "G1", "CNY"),
            "America/New_York",
            "0 30 8 ? * MON-FRI",
            Set.of(LocalDate.of(2026, 11, 11)),
            java.util.Optional.empty(),
            List.of());
    /** Instance outages: 27 Oct before Berlin's post until after it; Friday 6 Nov morning until Monday 9 Nov. */
    private static final List<Instant[]> OUTAGES = List.of(
            new Instant[] {Instant.parse("2026-10-27T06:00:00Z"), Instant.parse("2026-10-27T10:05:00Z")},
            new Instant[] {Instant.parse("2026-11-06T06:00:00Z"), Instant.parse("2026-11-09T08:05:00Z")});

    private static final Instant PLATFORM_FAILURE = Instant.parse("2026-10-21T12:15:00Z");
    private static final UserRef ALICE = new UserRef(Platform.SLACK, "T1", "UALICE");
    private static final UserRef BOB = new UserRef(Platform.SLACK, "T1", "UBOB");
    private static final UserRef CAROL = new UserRef(Platform.SLACK, "T1", "UCAROL");
    /** The service first starts on Monday 00:00 UTC, inside Friday 16 Oct's window (open until Monday's post). */
    private static final LocalDate FIRST_FRIDAY = LocalDate.of(2026, 10, 16);

    private static final LocalDate BOB_MISSES = LocalDate.of(2026, 11, 2);
    private static final LocalDate CAROL_MISSES = LocalDate.of(2026, 11, 3);
    private static final LocalDate CAROL_LATE = LocalDate.of(2026, 11, 4);

    @TempDir
    static Path dataDir;

    private final MutableClock clock = new MutableClock(START);
    private final RecordingChat slack = new RecordingChat(Platform.SLACK, clock);
    private final RecordingChat discord = new RecordingChat(Platform.DISCORD, clock);
    private final Chats chats = new Chats().register(slack).register(discord);
    private final List<Question> bank = TestQuestions.bank(4, "quantization", "pruning", "latency");
    private final ExecutorService twoInstances = Executors.newFixedThreadPool(2);
    private final Set<String> answered = new HashSet<>();
    private int restarts;

    @BeforeAll
    void simulateThirtyDays() throws Exception {
        List<Instance> running = start();
        for (Instant now = START; now.isBefore(END); now = now.plus(STEP)) {
            clock.set(now);
            if (isDown(now)) {
                continue;
            }
            if (now.atZone(java.time.ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT) || wasDown(now)) {
                running.forEach(Instance::close);
                running = start();
                restarts++;
            }
            if (now.equals(PLATFORM_FAILURE)) {
                discord.failNextPosts(2);
            }
            tickTogether(running);
            answerOpenQuestions(running.get(0));
        }
        running.forEach(Instance::close);
    }

    @AfterAll
    void stopThreads() {
        twoInstances.shutdownNow();
    }

    @Test
    @DisplayName(
            "each scheduled channel-day is posted exactly once, despite restarts, a double start and a failed post")
    void exactlyOnePostPerScheduledChannelDay() throws Exception {
        Map<String, Long> postsPerChannelDay = allPosts().stream()
                .collect(Collectors.groupingBy(
                        p -> p.post().channel().id() + "@" + p.post().drillDate(), Collectors.counting()));
        assertThat(postsPerChannelDay)
                .allSatisfy((day, count) -> assertThat(count).as(day).isEqualTo(1L));
        assertThat(days(slack))
                .hasSize(21)
                .contains(LocalDate.of(2026, 10, 16))
                .doesNotContain(LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 6))
                .allSatisfy(d -> assertThat(d.getDayOfWeek().getValue()).isLessThanOrEqualTo(5));
        assertThat(days(discord))
                .hasSize(22)
                .doesNotContain(LocalDate.of(2026, 11, 11))
                .contains(LocalDate.of(2026, 11, 6));
        assertThat(rowCount("select count(*) from posted_questions where status = 'POSTED'"))
                .isEqualTo(43);
        assertThat(rowCount("select count(*) from posted_questions")).isEqualTo(43);
        assertThat(restarts).isGreaterThanOrEqualTo(25);
    }

    @Test
    @DisplayName("posts go out at the channel's local hour on both sides of the daylight-saving change")
    void postsKeepTheLocalHourAcrossDst() {
        Set<LocalDate> berlinLate = Set.of(FIRST_FRIDAY, LocalDate.of(2026, 10, 27), LocalDate.of(2026, 11, 9));
        Set<LocalDate> newYorkLate = Set.of(FIRST_FRIDAY, LocalDate.of(2026, 10, 21), LocalDate.of(2026, 11, 6));
        assertThat(slack.questions)
                .filteredOn(p -> !berlinLate.contains(p.post().drillDate()))
                .allSatisfy(p -> assertThat(p.at().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
        assertThat(discord.questions)
                .filteredOn(p -> !newYorkLate.contains(p.post().drillDate()))
                .allSatisfy(
                        p -> assertThat(p.at().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(8, 30)));
        assertThat(postOf(slack, LocalDate.of(2026, 10, 23)).at()).isEqualTo(Instant.parse("2026-10-23T07:00:00Z"));
        assertThat(postOf(slack, LocalDate.of(2026, 10, 26)).at()).isEqualTo(Instant.parse("2026-10-26T08:00:00Z"));
        assertThat(postOf(discord, LocalDate.of(2026, 10, 30)).at()).isEqualTo(Instant.parse("2026-10-30T12:30:00Z"));
        assertThat(postOf(discord, LocalDate.of(2026, 11, 2)).at()).isEqualTo(Instant.parse("2026-11-02T13:30:00Z"));
    }

    @Test
    @DisplayName(
            "after an outage the open drill is caught up once, and a drill whose window closed is never posted late")
    void catchUpInsideTheWindowOnly() {
        assertThat(postOf(slack, FIRST_FRIDAY).at()).isEqualTo(START);
        assertThat(postOf(slack, LocalDate.of(2026, 10, 27)).at()).isEqualTo(Instant.parse("2026-10-27T10:15:00Z"));
        assertThat(days(slack)).doesNotContain(LocalDate.of(2026, 11, 6));
        assertThat(postOf(discord, LocalDate.of(2026, 11, 6)).at()).isEqualTo(Instant.parse("2026-11-09T08:15:00Z"));
    }

    @Test
    @DisplayName("a post that failed on the platform is retried with backoff and lands once")
    void failedPostIsRetried() throws Exception {
        assertThat(discord.failedPosts.get()).isEqualTo(2);
        assertThat(postOf(discord, LocalDate.of(2026, 10, 21)).at()).isEqualTo(Instant.parse("2026-10-21T13:00:00Z"));
        assertThat(rowCount(
                        "select attempts from posted_questions where drill_date = date '2026-10-21' and message_id like 'm%'"
                                + " and channel_id = (select id from channels where external_id = 'CNY')"))
                .isEqualTo(3);
    }

    @Test
    @DisplayName("every closed window gets one wrap-up naming the team's most-missed criterion")
    void oneWrapUpPerClosedWindow() {
        assertThat(slack.wrapUps).hasSize(20);
        assertThat(discord.wrapUps).hasSize(21);
        assertThat(slack.wrapUps)
                .extracting(w -> w.threadId())
                .doesNotHaveDuplicates()
                .doesNotContainNull();
        assertThat(slack.wrapUps.get(0).answerCount()).isEqualTo(3);
        assertThat(slack.wrapUps.get(0).mostMissed()).isEqualTo("3 of 3 answers gave no battery or compute budget");
        assertThat(slack.wrapUps.get(0).topScores()).extracting(t -> t.name()).containsExactly("Alice", "Bob", "Carol");
    }

    @Test
    @DisplayName("streaks count scheduled days only, use a freeze for a missed day, and never count a late answer")
    void streaksFromStoredRows() {
        try (Instance instance = start().get(0)) {
            JdbcStreaks streaks = new JdbcStreaks(
                    instance.database.dataSource(), new StreakPolicy(Scope.CHANNEL, 1), channel -> BERLIN, clock);
            StreakSummary alice = streaks.of(ALICE, BERLIN_CHANNEL.channel());
            StreakSummary bob = streaks.of(BOB, BERLIN_CHANNEL.channel());
            StreakSummary carol = streaks.of(CAROL, BERLIN_CHANNEL.channel());
            long afterCarolsLate =
                    days(slack).stream().filter(d -> d.isAfter(CAROL_LATE)).count();

            assertThat(alice).isEqualTo(new StreakSummary(21, 21, 0, 1));
            assertThat(bob).isEqualTo(new StreakSummary(20, 20, 1, 0));
            assertThat(carol).isEqualTo(new StreakSummary((int) afterCarolsLate, 11, 1, 0));
            assertThat(rowCount("select count(*) from answers where late = true"))
                    .isEqualTo(1);
            assertThat(rowCount("select count(*) from streak_freezes")).isEqualTo(2);
        }
    }

    private List<Instance> start() {
        List<ChannelSettings> channels = List.of(BERLIN_CHANNEL, NY_CHANNEL);
        return new ArrayList<>(List.of(
                Instance.onFile(dataDir, channels, bank, chats, clock, "instance-a-" + restarts),
                Instance.onFile(dataDir, channels, bank, chats, clock, "instance-b-" + restarts)));
    }

    private void tickTogether(List<Instance> running) throws Exception {
        List<Callable<Void>> ticks = running.stream()
                .<Callable<Void>>map(i -> () -> {
                    i.scheduler.tick();
                    return null;
                })
                .toList();
        for (Future<Void> done : twoInstances.invokeAll(ticks)) {
            done.get();
        }
    }

    /** Alice answers every day an hour after the post; Bob skips one day; Carol skips one and answers one late. */
    private void answerOpenQuestions(Instance instance) {
        TestAnswers answers = new TestAnswers(instance.database.dataSource());
        for (RecordingChat.Post post : slack.questions) {
            LocalDate day = post.post().drillDate();
            if (answered.contains(day.toString())) {
                continue;
            }
            PostedQuestion row = instance.posts.find(post.post().channel(), day).orElseThrow();
            Instant onTime = post.at().plus(Duration.ofHours(1));
            Instant late = row.windowClosesAt().plus(Duration.ofHours(1));
            answerOnce(answers, row, ALICE, "Alice", onTime, 80);
            if (!day.equals(BOB_MISSES)) {
                answerOnce(answers, row, BOB, "Bob", onTime, 70);
            }
            if (!day.equals(CAROL_MISSES)) {
                answerOnce(answers, row, CAROL, "Carol", day.equals(CAROL_LATE) ? late : onTime, 60);
            }
            if (clock.instant().isAfter(late)) {
                answered.add(day.toString());
            }
        }
    }

    private void answerOnce(
            TestAnswers answers, PostedQuestion row, UserRef user, String name, Instant at, double total) {
        if (!clock.instant().isBefore(at) && answered.add(user.id() + row.id())) {
            answers.answer(row.id(), user, name, at, total, Map.of(Criterion.BUDGET, 0.0, Criterion.EVIDENCE, 12.0));
        }
    }

    private static boolean isDown(Instant now) {
        return OUTAGES.stream().anyMatch(o -> !now.isBefore(o[0]) && now.isBefore(o[1]));
    }

    private static boolean wasDown(Instant now) {
        return isDown(now.minus(STEP));
    }

    private List<RecordingChat.Post> allPosts() {
        List<RecordingChat.Post> all = new ArrayList<>(slack.questions);
        all.addAll(discord.questions);
        return all;
    }

    private static List<LocalDate> days(RecordingChat chat) {
        return chat.questions.stream().map(p -> p.post().drillDate()).toList();
    }

    private static RecordingChat.Post postOf(RecordingChat chat, LocalDate day) {
        return chat.questions.stream()
                .filter(p -> p.post().drillDate().equals(day))
                .findFirst()
                .orElseThrow();
    }

    private long rowCount(String sql) {
        try (Instance instance = start().get(0);
                Connection c = instance.database.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
