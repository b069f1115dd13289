package dev.mledrill.app;

import dev.mledrill.app.config.AppConfig;
import dev.mledrill.app.config.RotationCheck;
import dev.mledrill.chat.Chats;
import dev.mledrill.chat.CommandHandler;
import dev.mledrill.chat.DisplayNames;
import dev.mledrill.chat.console.ConsoleChat;
import dev.mledrill.command.DrillCommands;
import dev.mledrill.command.PersonalReplies;
import dev.mledrill.command.PrivacyReplies;
import dev.mledrill.command.ProgressReplies;
import dev.mledrill.command.ScheduleReplies;
import dev.mledrill.command.StandingReplies;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.drill.DrillService;
import dev.mledrill.drill.FollowUps;
import dev.mledrill.followup.FollowUpTemplates;
import dev.mledrill.followup.ProbeWriter;
import dev.mledrill.leaderboard.OptOuts;
import dev.mledrill.metrics.MeteredAnswerStore;
import dev.mledrill.metrics.MeteredScorer;
import dev.mledrill.metrics.Metrics;
import dev.mledrill.metrics.MicrometerMetrics;
import dev.mledrill.privacy.AnswerTextRetention;
import dev.mledrill.progress.ProgressCharts;
import dev.mledrill.progress.StreakReminders;
import dev.mledrill.progress.TargetedPractice;
import dev.mledrill.progress.WeeklyWrapUp;
import dev.mledrill.question.QuestionBank;
import dev.mledrill.rubric.FeedbackRenderer;
import dev.mledrill.rubric.Rubric;
import dev.mledrill.rubric.RubricScorer;
import dev.mledrill.rubric.Scorer;
import dev.mledrill.schedule.ChannelJob;
import dev.mledrill.schedule.ChannelPauses;
import dev.mledrill.schedule.DailyPoster;
import dev.mledrill.schedule.DailyQuestions;
import dev.mledrill.schedule.LiveAnswerCounts;
import dev.mledrill.schedule.PostedQuestions;
import dev.mledrill.schedule.QuestionPicker;
import dev.mledrill.schedule.Scheduler;
import dev.mledrill.schedule.WrapUpComposer;
import dev.mledrill.schedule.WrapUpPoster;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcAnswerCounts;
import dev.mledrill.store.JdbcAnswerStats;
import dev.mledrill.store.JdbcDisplayNames;
import dev.mledrill.store.JdbcLeaderboards;
import dev.mledrill.store.JdbcOptOuts;
import dev.mledrill.store.JdbcPostResults;
import dev.mledrill.store.JdbcPostedQuestions;
import dev.mledrill.store.JdbcProbeStore;
import dev.mledrill.store.JdbcReminders;
import dev.mledrill.store.JdbcTeamHistory;
import dev.mledrill.store.JdbcWeeklySummaries;
import dev.mledrill.store.ShedLockJobLock;
import dev.mledrill.streak.Streaks;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: {@link #open} builds the whole object graph with plain constructors.
 * The terminal commands use it as built; {@code mle-drill run} adds the chat platforms and the
 * scheduler through {@link Service}. Closing drains scoring in flight, then closes the database.
 */
public final class Application implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    /** How long a claimed post may stay unposted before another instance takes it over. */
    static final Duration POST_LEASE = Duration.ofMinutes(2);

    private static final Duration DRAIN = Duration.ofSeconds(20);
    /** A scheduling job's lock expires after this even if its instance died holding it. */
    private static final Duration JOB_LOCK_AT_MOST = Duration.ofMinutes(5);

    final AppConfig config;
    final Clock clock;
    final Database database;
    final QuestionBank bank;
    final Chats chats;
    final DrillService drill;
    final DailyQuestions daily;
    final PostedQuestions posts;
    final DailyPoster poster;
    final WrapUpPoster wrapUps;
    final CommandHandler commands;
    final AnswerTextRetention retention;
    final TargetedPractice practice;
    /** Streak reminders and weekly wrap-ups, run by the scheduler for each channel. */
    final List<ChannelJob> progressJobs;
    /** The service's meters when {@code metrics.port} is set; what the core reports goes there. */
    final Optional<MicrometerMetrics> meters;
    /** The live answer count on open questions of channels whose answers are private. */
    final ChannelJob liveCounts;

    final ChannelPauses pauses;
    /** Where chat adapters put display names they learn after storing an answer without one. */
    final DisplayNames displayNames;

    private final ExecutorService scoring;
    /** The service compacts its H2 file at a clean stop (it appends every commit: docs/DURABILITY.md). */
    private boolean compactOnClose;

    private Application(
            AppConfig config,
            Clock clock,
            Database database,
            QuestionBank bank,
            Chats chats,
            DrillService drill,
            DailyQuestions daily,
            PostedQuestions posts,
            DailyPoster poster,
            WrapUpPoster wrapUps,
            CommandHandler commands,
            ExecutorService scoring,
            AnswerTextRetention retention,
            TargetedPractice practice,
            List<ChannelJob> progressJobs,
            Optional<MicrometerMetrics> meters,
            ChannelJob liveCounts,
            ChannelPauses pauses,
            DisplayNames displayNames) {
        this.config = config;
        this.clock = clock;
        this.database = database;
        this.bank = bank;
        this.chats = chats;
        this.drill = drill;
        this.daily = daily;
        this.posts = posts;
        this.poster = poster;
        this.wrapUps = wrapUps;
        this.commands = commands;
        this.scoring = scoring;
        this.retention = retention;
        this.practice = practice;
        this.progressJobs = progressJobs;
        this.meters = meters;
        this.liveCounts = liveCounts;
        this.pauses = pauses;
        this.displayNames = displayNames;
    }

    /**
     * For terminal commands: like {@link #openForService}, but while the service runs on the same H2
     * directory its database is reached through the service, which holds the file.
     */
    public static Application open(AppConfig config, Map<String, String> env, Clock clock) {
        return open(config, env, clock, true, Optional.empty());
    }

    /** For {@code mle-drill run}: the database is opened by this process, which then serves it to local commands. */
    public static Application openForService(AppConfig config, Map<String, String> env, Clock clock) {
        if (!config.database().startsWith("jdbc:")) {
            Database.compactH2File(Path.of(config.database()));
        }
        Optional<MicrometerMetrics> meters = config.metrics().port().map(port -> new MicrometerMetrics());
        Application app = open(config, env, clock, false, meters);
        app.compactOnClose = true;
        return app;
    }

    /**
     * For terminal commands on stored data (standings, export, erasure, backup, rescoring): the configured
     * database, which must exist already, and its stores, without the question bank, the scorer or chat.
     */
    public static Stores openStores(AppConfig config, Map<String, String> env, Clock clock) {
        return new Stores(
                ConfiguredDatabase.open(config.database(), env, ConfiguredDatabase.Use.EXISTING), config, clock);
    }

    /** Loads the bank and the rubric, opens (and migrates) the database, and wires every component. */
    private static Application open(
            AppConfig config,
            Map<String, String> env,
            Clock clock,
            boolean viaService,
            Optional<MicrometerMetrics> meters) {
        QuestionBank bank = BundledContent.bank(config.questionsDir());
        RotationCheck.requireKnownCategories(config, bank.categories(), "the configuration");
        Rubric rubric = BundledContent.rubric(config.rubricFile());
        FollowUpTemplates followUpTemplates = BundledContent.followUps(config.rubricFile());
        Database database = ConfiguredDatabase.open(
                config.database(), env, viaService ? ConfiguredDatabase.Use.CREATE : ConfiguredDatabase.Use.SERVE);
        return wire(config, clock, database, bank, rubric, followUpTemplates, meters, UnaryOperator.identity());
    }

    /**
     * Every store and service on an open, migrated database, from the configuration, the bank, the
     * rubric and the follow-up templates. {@link #open} calls it after loading them; the end-to-end test
     * fixtures call it on an in-memory database, so they run the graph the service runs.
     *
     * @param scorers wraps the rubric scorer (tests record what was scored); production passes identity
     */
    public static Application wire(
            AppConfig config,
            Clock clock,
            Database database,
            QuestionBank bank,
            Rubric rubric,
            FollowUpTemplates followUpTemplates,
            Optional<MicrometerMetrics> meters,
            UnaryOperator<Scorer> scorers) {
        Metrics metrics = meters.<Metrics>map(m -> m).orElse(Metrics.NONE);
        Stores stores = new Stores(database, config, clock);
        DataSource ds = database.dataSource();
        Streaks streaks = stores.streaks();
        Chats chats = new Chats();
        ExecutorService scoring = ScoringPool.create(ScoringPool.DEFAULT_THREADS);
        metrics.scoringPool(scoring);
        DrillService drill = new DrillService(
                Stores.drillStores(ds, answers -> new MeteredAnswerStore(answers, metrics)),
                bank::all,
                new MeteredScorer(scorers.apply(new RubricScorer(rubric, bank::all)), metrics),
                streaks,
                chats,
                config.channels(),
                scoring,
                clock,
                new FollowUps(new JdbcProbeStore(ds), new ProbeWriter(() -> followUpTemplates), config.channels()));
        PostedQuestions posts = new JdbcPostedQuestions(ds);
        ChannelPauses pauses = stores.pauses();
        DailyQuestions daily = new DailyQuestions(posts, bank::all, new QuestionPicker(), clock);
        DailyPoster poster = new DailyPoster(daily, posts, pauses, chats, clock, instanceName(), POST_LEASE);
        WrapUpPoster wrapUps =
                new WrapUpPoster(posts, new JdbcPostResults(ds), daily, new WrapUpComposer(), chats, clock);
        OptOuts optOuts = new JdbcOptOuts(ds, clock);
        TargetedPractice practice = new TargetedPractice(drill, stores.scoreHistory());
        JdbcLeaderboards leaderboards = stores.leaderboards();
        JdbcTeamHistory teamHistory = stores.teamHistory();
        ProgressCharts charts = new ProgressCharts(stores.scoreHistory(), teamHistory, leaderboards, clock);
        JdbcReminders reminders = new JdbcReminders(ds);
        List<ChannelJob> progressJobs = List.of(
                new StreakReminders(reminders, streaks, chats, clock),
                new WeeklyWrapUp(new JdbcWeeklySummaries(ds), teamHistory, charts, chats, clock));
        PersonalReplies personal = new PersonalReplies(
                new JdbcAnswerStats(ds), optOuts, practice::start, rubric.weightsFor(Set.of()), clock);
        CommandHandler commands = new DrillCommands(
                config.channels(),
                new ScheduleReplies(daily, pauses, clock),
                new StandingReplies(leaderboards, streaks, optOuts),
                personal,
                new PrivacyReplies(stores.privacy()),
                new ProgressReplies(charts, personal, reminders));
        AnswerTextRetention retention = stores.retention(config.retention().answerTextDays());
        ChannelJob liveCounts = new LiveAnswerCounts(new JdbcAnswerCounts(ds), daily, chats, clock);
        return new Application(
                config,
                clock,
                database,
                bank,
                chats,
                drill,
                daily,
                posts,
                poster,
                wrapUps,
                commands,
                scoring,
                retention,
                practice,
                progressJobs,
                meters,
                liveCounts,
                pauses,
                new JdbcDisplayNames(ds, clock));
    }

    /** Prints to {@code out} as the terminal's chat platform, rendering feedback with the rubric's plain-text renderer. */
    public ConsoleChat attachConsole(PrintStream out) {
        ConsoleChat console = new ConsoleChat(out, new FeedbackRenderer()::plainText);
        chats.register(console);
        return console;
    }

    /** Adds a running chat platform, through which questions, feedback and wrap-ups are sent. */
    public void register(dev.mledrill.chat.Chat chat) {
        chats.register(chat);
    }

    /**
     * The posting routine for {@code channels}. Each channel's jobs run under a lock in the
     * database (ShedLock), so that of several instances sharing it one works on a channel at a
     * time; the unique keys on posts and answers remain the real guard. An embedded H2 file has
     * one process by construction and takes no lock.
     */
    public Scheduler scheduler(List<ChannelSettings> channels) {
        if (database.appendsEveryCommit()) {
            // An embedded H2 file is open in this process only, and every commit grows it until it is
            // compacted (docs/DURABILITY.md): no lock rows rewritten twice a minute per channel.
            return new Scheduler(
                    channels,
                    poster,
                    wrapUps,
                    Scheduler.DEFAULT_TICK,
                    (name, atMost, job) -> {
                        job.run();
                        return true;
                    },
                    JOB_LOCK_AT_MOST,
                    List.of(liveCounts));
        }
        List<ChannelJob> jobs = new java.util.ArrayList<>(progressJobs);
        jobs.add(liveCounts);
        return new Scheduler(
                channels,
                poster,
                wrapUps,
                Scheduler.DEFAULT_TICK,
                new ShedLockJobLock(database, clock),
                JOB_LOCK_AT_MOST,
                jobs);
    }

    /** What the service reports to: the meters when {@code metrics.port} is set, else nothing. */
    Metrics metrics() {
        return meters.<Metrics>map(m -> m).orElse(Metrics.NONE);
    }

    public AppConfig config() {
        return config;
    }

    public DrillService drill() {
        return drill;
    }

    /** The chat platforms registered so far; questions, feedback and wrap-ups go through them. */
    public Chats chats() {
        return chats;
    }

    /** The {@code /drill} command handler. */
    public CommandHandler commands() {
        return commands;
    }

    public ChannelPauses pauses() {
        return pauses;
    }

    /** Where a chat adapter puts display names learned after the answers were stored. */
    public DisplayNames displayNames() {
        return displayNames;
    }

    public Database database() {
        return database;
    }

    /** Practice questions of a category, or aimed at the person's weak area. */
    public TargetedPractice practice() {
        return practice;
    }

    public QuestionBank bank() {
        return bank;
    }

    public DailyQuestions daily() {
        return daily;
    }

    public DailyPoster poster() {
        return poster;
    }

    public WrapUpPoster wrapUps() {
        return wrapUps;
    }

    public PostedQuestions posts() {
        return posts;
    }

    public Clock clock() {
        return clock;
    }

    /** Waits for scoring in flight (bounded), then closes the database. */
    @Override
    public void close() {
        scoring.shutdown();
        try {
            if (!scoring.awaitTermination(DRAIN.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("scoring did not finish within {}; unscored answers are scored at the next start", DRAIN);
                scoring.shutdownNow();
            }
        } catch (InterruptedException e) {
            scoring.shutdownNow();
            Thread.currentThread().interrupt();
        }
        if (compactOnClose) {
            database.closeCompacting();
        } else {
            database.close();
        }
    }

    /** Who claims posts in the database: this process on this host. */
    private static String instanceName() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }
}
