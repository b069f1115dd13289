package dev.mledrill.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.progress.PracticeChoice;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.schedule.DailyQuestions;
import dev.mledrill.schedule.PostedQuestion;
import dev.mledrill.schedule.QuestionPicker;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcAnswerStats;
import dev.mledrill.store.JdbcChannelPauses;
import dev.mledrill.store.JdbcLeaderboards;
import dev.mledrill.store.JdbcOptOuts;
import dev.mledrill.store.JdbcPostedQuestions;
import dev.mledrill.store.JdbcStreaks;
import dev.mledrill.streak.StreakPolicy;
import dev.mledrill.testing.Channels;
import dev.mledrill.testing.MutableClock;
import dev.mledrill.testing.Posts;
import dev.mledrill.testing.TestAnswers;
import dev.mledrill.testing.TestQuestions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DrillCommandsTest {
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final UserRef ALICE = new UserRef(Platform.SLACK, "T1", "UALICE");
    private static final UserRef BOB = new UserRef(Platform.SLACK, "T1", "UBOB");
    private static final ChannelSettings SETTINGS = Channels.settings(
            CHANNEL, "Europe/Berlin", "0 0 9 ? * MON-FRI", Set.of(), Optional.empty(), List.of("UCHANNELADMIN"));

    private final Database database = Database.h2InMemory("commands-" + System.nanoTime());
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-09T10:00:00Z"));
    private final List<Question> bank = TestQuestions.bank(2, "quantization", "latency");
    private final JdbcPostedQuestions posted = new JdbcPostedQuestions(database.dataSource());
    private final DailyQuestions daily = new DailyQuestions(posted, () -> bank, new QuestionPicker(), clock);
    private final List<String> practiceRequests = new ArrayList<>();
    private final DrillCommands commands = new DrillCommands(
            List.of(SETTINGS),
            new ScheduleReplies(daily, new JdbcChannelPauses(database.dataSource(), clock), clock),
            new StandingReplies(
                    new JdbcLeaderboards(database.dataSource(), StreakPolicy.DEFAULT, clock),
                    new JdbcStreaks(database.dataSource(), StreakPolicy.DEFAULT, c -> SETTINGS.zone(), clock),
                    new JdbcOptOuts(database.dataSource(), clock)),
            new PersonalReplies(
                    new JdbcAnswerStats(database.dataSource()),
                    new JdbcOptOuts(database.dataSource(), clock),
                    (user, channel, category) -> {
                        practiceRequests.add(user.id() + ":" + category.orElse("any"));
                        return new PracticeChoice(bank.get(0), "Because it is first.");
                    },
                    Map.of(Criterion.EVIDENCE, 20.0),
                    clock));

    @AfterEach
    void close() {
        database.close();
    }

    private String run(UserRef user, boolean admin, String text) {
        return commands.handle(new ChatEvent.CommandInvoked(
                        "e" + System.nanoTime(), CHANNEL, user, user.id().toLowerCase(), admin, text, clock.instant()))
                .markdown();
    }

    @Test
    @DisplayName("schedule, pause and resume are refused to non-admins and allowed to platform and channel admins")
    void adminOnly() {
        assertThat(run(ALICE, false, "pause")).startsWith("Only workspace admins");
        assertThat(run(ALICE, false, "schedule")).startsWith("Only workspace admins");
        assertThat(run(ALICE, false, "resume")).startsWith("Only workspace admins");
        assertThat(new JdbcChannelPauses(database.dataSource(), clock).paused(CHANNEL))
                .isFalse();

        assertThat(run(ALICE, true, "pause")).startsWith("Drills are paused");
        assertThat(run(ALICE, false, "today")).startsWith("Drills are paused");
        assertThat(run(new UserRef(Platform.SLACK, "T1", "UCHANNELADMIN"), false, "resume"))
                .startsWith("Drills resumed");
        assertThat(run(ALICE, true, "schedule"))
                .contains("`0 0 9 ? * MON-FRI` in Europe/Berlin", "Next question: Wed 10 Jun 09:00 CEST");
    }

    @Test
    @DisplayName("today shows the channel's question of the day, the same one the scheduler will post")
    void todayIsClaimOrGet() {
        String reply = run(ALICE, false, "today");

        PostedQuestion row = posted.find(CHANNEL, LocalDate.of(2026, 6, 9)).orElseThrow();
        Question question = bank.stream()
                .filter(q -> q.id().equals(row.questionId()))
                .findFirst()
                .orElseThrow();
        assertThat(reply).contains("**Today's question**", question.prompt(), "Wed 10 Jun 09:00 CEST");
        assertThat(run(BOB, false, "today")).isEqualTo(reply);
    }

    @Test
    @DisplayName(
            "a person whose name is not looked up yet shows on the leaderboard as a mention, which the platform renders as the name")
    void unnamedPersonIsAMention() {
        PostedQuestion today =
                new Posts(database.dataSource(), SETTINGS.zone()).posted(CHANNEL, LocalDate.of(2026, 6, 9));
        new TestAnswers(database.dataSource())
                .answer(today.id(), ALICE, null, clock.instant().minus(Duration.ofMinutes(30)), 80, Map.of());

        assertThat(run(BOB, false, "leaderboard")).contains("1. <@UALICE>: 80 pts, 1 answer");
    }

    @Test
    @DisplayName("leaderboard, streak and optout work together; an unknown subcommand gets the help text")
    void standings() {
        PostedQuestion today =
                new Posts(database.dataSource(), SETTINGS.zone()).posted(CHANNEL, LocalDate.of(2026, 6, 9));
        TestAnswers answers = new TestAnswers(database.dataSource());
        answers.answer(
                today.id(),
                ALICE,
                "Alice",
                clock.instant().minus(Duration.ofMinutes(30)),
                80,
                Map.of(Criterion.EVIDENCE, 5.0));
        answers.answer(
                today.id(),
                BOB,
                "Bob",
                clock.instant().minus(Duration.ofMinutes(20)),
                60,
                Map.of(Criterion.EVIDENCE, 15.0));

        assertThat(run(BOB, false, "leaderboard"))
                .contains("1. Alice: 80 pts, 1 answer, streak 1", "2. **you**: 60 pts");
        assertThat(run(BOB, false, "streak <@UALICE|alice>")).contains("<@UALICE>'s streak: 1 drill day");
        assertThat(run(ALICE, false, "optout")).startsWith("You are off the leaderboards");
        assertThat(run(BOB, false, "leaderboard all")).doesNotContain("Alice").contains("1. **you**: 60 pts");
        assertThat(run(BOB, false, "streak @UALICE")).contains("opted out");
        assertThat(run(BOB, false, "streak")).contains("Your streak: 1 drill day");
        assertThat(run(BOB, false, "stats")).contains("Measured impact: 100 %");
        assertThat(run(BOB, false, "leaderboard yesterday")).contains("unknown period 'yesterday'");
        assertThat(run(BOB, false, "dance")).startsWith("**/drill commands**");
        assertThat(run(BOB, false, "")).startsWith("**/drill commands**");
    }

    @Test
    @DisplayName("stats says how many of your answers were near copies and leaves them out of the averages")
    void statsShowNearCopies() throws java.sql.SQLException {
        PostedQuestion today =
                new Posts(database.dataSource(), SETTINGS.zone()).posted(CHANNEL, LocalDate.of(2026, 6, 9));
        TestAnswers answers = new TestAnswers(database.dataSource());
        answers.answer(
                today.id(),
                BOB,
                "Bob",
                clock.instant().minus(Duration.ofMinutes(30)),
                60,
                Map.of(Criterion.EVIDENCE, 0.0));
        long copied = answers.answer(
                today.id(),
                BOB,
                "Bob",
                clock.instant().minus(Duration.ofMinutes(20)),
                90,
                Map.of(Criterion.EVIDENCE, 5.0));
        try (java.sql.Connection c = database.dataSource().getConnection();
                java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("update answers set copy_flag = 'copied' where id = " + copied);
        }

        assertThat(run(BOB, false, "stats"))
                .contains(
                        "Measured impact: 0 %",
                        "Based on 1 scored answer",
                        "Not counted here or on the leaderboards: 1 answer flagged `copied`");
        assertThat(run(ALICE, false, "stats")).doesNotContain("Not counted");
    }

    @Test
    @DisplayName("practice asks the drill service for a private question of the requested category")
    void practice() {
        assertThat(run(ALICE, false, "practice latency")).startsWith("Sent you a practice question");
        assertThat(run(BOB, false, "practice")).startsWith("Sent you a practice question");
        assertThat(practiceRequests).containsExactly("UALICE:latency", "UBOB:any");
        assertThat(run(BOB, false, "rubric")).contains("Measured impact (`evidence`, 20 pts, technical)");
    }
}
