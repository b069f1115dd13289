package dev.mledrill.chat.slack;

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
import dev.mledrill.rubric.AskedQuestion;
import dev.mledrill.rubric.Rubric;
import dev.mledrill.rubric.RubricLoader;
import dev.mledrill.rubric.RubricScorer;
import dev.mledrill.rubric.Score;
import dev.mledrill.rubric.Scorer;
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
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.store.TestPosts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The real core for end-to-end Slack tests: {@link DrillService}, {@link DrillCommands} and the
 * rubric scorer from config/rubric.yaml, on an in-memory H2 database migrated by Flyway.
 */
final class RealCore implements AutoCloseable {
    final Database db = Database.h2InMemory("slack-core-" + UUID.randomUUID());
    final Chats chats = new Chats();
    final List<String> scoredTexts = new CopyOnWriteArrayList<>();
    final DrillService drill;
    final DrillCommands commands;
    final JdbcChannelPauses pauses;
    private final ExecutorService scoring = Executors.newSingleThreadExecutor();

    RealCore(List<ChannelSettings> channels, List<Question> bank, Clock clock) {
        this(channels, bank, clock, false);
    }

    /** @param followUps whether the drill service asks follow-up probes (the bundled templates) */
    RealCore(List<ChannelSettings> channels, List<Question> bank, Clock clock, boolean followUps) {
        Rubric rubric = RubricLoader.load(RubricLoader.DEFAULT_FILE);
        Scorer rubricScorer = new RubricScorer(rubric);
        Scorer recording = new Scorer() {
            @Override
            public Score score(String answer, Optional<? extends AskedQuestion> question) {
                scoredTexts.add(answer);
                return rubricScorer.score(answer, question);
            }

            @Override
            public String rubricVersion() {
                return rubricScorer.rubricVersion();
            }
        };
        var ds = db.dataSource();
        JdbcStreaks streaks = new JdbcStreaks(ds, StreakPolicy.DEFAULT, c -> SlackSamples.BERLIN, clock);
        drill = new DrillService(new DrillStores(new JdbcAnswerStore(ds), new JdbcScoreStore(ds), new JdbcQuestionThreads(ds), new JdbcCopyChecks(ds, new Signer())),
                () -> bank, recording, streaks, chats, channels, scoring, clock,
                followUps ? new FollowUps(new JdbcProbeStore(ds), new ProbeWriter(() -> FollowUpLoader.load(
                        Path.of("config", "follow-ups.yaml"))), channels) : null);
        pauses = new JdbcChannelPauses(ds, clock);
        JdbcOptOuts optOuts = new JdbcOptOuts(ds, clock);
        PersonalReplies personal = new PersonalReplies(new JdbcAnswerStats(ds), optOuts, new TargetedPractice(drill, new JdbcScoreHistory(ds))::start, rubric.weights(), clock);
        commands = new DrillCommands(channels,
                new ScheduleReplies(new DailyQuestions(new JdbcPostedQuestions(ds), () -> bank, new QuestionPicker(), clock), pauses, clock),
                new StandingReplies(new JdbcLeaderboards(ds, StreakPolicy.DEFAULT, clock), streaks, optOuts),
                personal,
                new PrivacyReplies(new PrivacyService(new JdbcPersonalData(ds), streaks, clock)),
                new ProgressReplies(new ProgressCharts(new JdbcScoreHistory(ds), new JdbcTeamHistory(ds),
                        new JdbcLeaderboards(ds, StreakPolicy.DEFAULT, clock), clock), personal, new JdbcReminders(ds)));
    }

    /**
     * Registers the harness's chat, posts the sample question through it as posted at {@code postedAt} with a
     * one-day window, records it as the scheduler would, and returns its thread.
     */
    String postDrill(SlackHarness slack, Instant postedAt) {
        chats.register(slack.adapter.chat());
        PostedMessage posted = slack.adapter.chat().postQuestion(new QuestionPost(SlackSamples.CHANNEL_REF,
                SlackSamples.question(), LocalDate.ofInstant(postedAt, SlackSamples.BERLIN),
                ZonedDateTime.ofInstant(postedAt.plus(Duration.ofDays(1)), SlackSamples.BERLIN)));
        TestPosts.posted(db, SlackSamples.CHANNEL_REF, SlackSamples.question().id(), posted.threadId(), postedAt,
                postedAt.plus(Duration.ofDays(1)));
        return posted.threadId();
    }

    double number(String sql) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String sql) {
        return (long) number(sql);
    }

    @Override
    public void close() throws InterruptedException {
        scoring.shutdownNow();
        scoring.awaitTermination(5, TimeUnit.SECONDS);
        db.close();
    }
}
