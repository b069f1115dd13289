package dev.mledrill.chat.discord;

import dev.mledrill.chat.Chats;
import dev.mledrill.command.DrillCommands;
import dev.mledrill.command.PersonalReplies;
import dev.mledrill.command.ScheduleReplies;
import dev.mledrill.command.StandingReplies;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.drill.DrillService;
import dev.mledrill.drill.DrillStores;
import dev.mledrill.drill.FollowUps;
import dev.mledrill.followup.FollowUpLoader;
import dev.mledrill.followup.ProbeWriter;
import dev.mledrill.drill.copies.Signer;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Rubric;
import dev.mledrill.rubric.RubricScorer;
import dev.mledrill.schedule.DailyQuestions;
import dev.mledrill.schedule.QuestionPicker;
import dev.mledrill.progress.TargetedPractice;
import dev.mledrill.command.PrivacyReplies;
import dev.mledrill.command.ProgressReplies;
import dev.mledrill.privacy.PrivacyService;
import dev.mledrill.progress.ProgressCharts;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcPersonalData;
import dev.mledrill.store.JdbcReminders;
import dev.mledrill.store.JdbcTeamHistory;
import dev.mledrill.store.JdbcScoreHistory;
import dev.mledrill.store.JdbcAnswerStats;
import dev.mledrill.store.JdbcAnswerStore;
import dev.mledrill.store.JdbcCopyChecks;
import dev.mledrill.store.JdbcChannelPauses;
import dev.mledrill.store.JdbcLeaderboards;
import dev.mledrill.store.JdbcOptOuts;
import dev.mledrill.store.JdbcPostedQuestions;
import dev.mledrill.store.JdbcProbeStore;
import dev.mledrill.store.JdbcQuestionThreads;
import dev.mledrill.store.JdbcScoreStore;
import dev.mledrill.store.JdbcStreaks;
import dev.mledrill.streak.StreakPolicy;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.store.TestPosts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The real core behind the adapter in end-to-end tests: the drill service with the rubric
 * scorer, the {@code /drill} command handler, and a fresh in-memory H2 with the real migrations.
 */
final class RealCore implements AutoCloseable {
    /** The drill channel in Europe/Berlin with feedback in the question's thread. */
    static final ChannelSettings THREAD_FEEDBACK = new ChannelSettings(DiscordHarness.DRILL_CHANNEL, "drill",
            "0 0 9 ? * MON-FRI", ZoneId.of("Europe/Berlin"), Map.of(), Set.of(), Optional.empty(), FeedbackMode.THREAD,
            true, true, List.of());
    final Database db = Database.h2InMemory("discord-" + UUID.randomUUID());
    final Chats chats = new Chats();
    final DrillService drill;
    final DrillCommands commands;
    private final ExecutorService scoring = Executors.newSingleThreadExecutor();

    RealCore(ChannelSettings channel, List<Question> bank, Clock clock) {
        this(channel, bank, clock, false);
    }

    /** @param followUps whether the drill service asks follow-up probes (the bundled templates) */
    RealCore(ChannelSettings channel, List<Question> bank, Clock clock, boolean followUps) {
        DataSource ds = db.dataSource();
        Rubric rubric = Rubric.defaults();
        JdbcStreaks streaks = new JdbcStreaks(ds, StreakPolicy.DEFAULT, c -> channel.zone(), clock);
        drill = new DrillService(new DrillStores(new JdbcAnswerStore(ds), new JdbcScoreStore(ds),
                new JdbcQuestionThreads(ds), new JdbcCopyChecks(ds, new Signer())), () -> bank, new RubricScorer(rubric), streaks, chats, List.of(channel),
                scoring, clock, followUps ? new FollowUps(new JdbcProbeStore(ds), new ProbeWriter(() -> FollowUpLoader.load(
                        Path.of("config", "follow-ups.yaml"))), List.of(channel)) : null);
        JdbcOptOuts optOuts = new JdbcOptOuts(ds, clock);
        PersonalReplies personal = new PersonalReplies(new JdbcAnswerStats(ds), optOuts, new TargetedPractice(drill, new JdbcScoreHistory(ds))::start,
                        rubric.weightsFor(Set.of()), clock);
        commands = new DrillCommands(List.of(channel),
                new ScheduleReplies(new DailyQuestions(new JdbcPostedQuestions(ds), () -> bank, new QuestionPicker(),
                        clock), new JdbcChannelPauses(ds, clock), clock),
                new StandingReplies(new JdbcLeaderboards(ds, StreakPolicy.DEFAULT, clock), streaks, optOuts),
                personal,
                new PrivacyReplies(new PrivacyService(new JdbcPersonalData(ds), streaks, clock)),
                new ProgressReplies(new ProgressCharts(new JdbcScoreHistory(ds), new JdbcTeamHistory(ds),
                        new JdbcLeaderboards(ds, StreakPolicy.DEFAULT, clock), clock), personal, new JdbcReminders(ds)));
    }

    /**
     * Registers the harness's chat, posts {@code question} through it now with a one-day window, records it as the
     * scheduler would, and returns its thread.
     */
    String postDrill(DiscordHarness h, Question question) {
        chats.register(h.adapter.chat());
        Instant now = Instant.now();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        PostedMessage posted = h.adapter.chat().postQuestion(new QuestionPost(DiscordHarness.DRILL_CHANNEL, question,
                LocalDate.now(berlin), now.plus(Duration.ofDays(1)).atZone(berlin)));
        TestPosts.posted(db, DiscordHarness.DRILL_CHANNEL, question.id(), posted.threadId(), now.minusSeconds(60),
                now.plus(Duration.ofDays(1)));
        return posted.threadId();
    }

    double number(String sql) throws Exception {
        try (var c = db.connection(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    long count(String sql) throws Exception {
        try (var c = db.connection(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws InterruptedException {
        scoring.shutdownNow();
        scoring.awaitTermination(5, TimeUnit.SECONDS);
        db.close();
    }
}
