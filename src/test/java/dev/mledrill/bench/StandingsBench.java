package dev.mledrill.bench;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.AnswerTarget;
import dev.mledrill.drill.NewAnswer;
import dev.mledrill.leaderboard.Period;
import dev.mledrill.question.QuestionBankLoader;
import dev.mledrill.rubric.Rubric;
import dev.mledrill.rubric.RubricScorer;
import dev.mledrill.rubric.Score;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcAnswerStore;
import dev.mledrill.store.JdbcLeaderboards;
import dev.mledrill.store.JdbcScoreStore;
import dev.mledrill.store.JdbcStreaks;
import dev.mledrill.store.WorkspaceSeed;
import dev.mledrill.store.contract.TestDatabases;
import dev.mledrill.streak.Scope;
import dev.mledrill.streak.StreakPolicy;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Loads 1,000,000 answers of about 150 words (with their signatures and compact scores,
 * {@link WorkspaceSeed}) by 10,000 users in 200 channels of 50 workspaces, 260 drill days per
 * channel, reports the database's size on disk after the load and after compaction, then times
 * the leaderboard and streak queries.
 * Run: {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.mledrill.bench.StandingsBench [DIR|mem|pg] [workspaces] [answers per workspace]}
 * (an H2 file database in DIR, default target/bench-data; {@code mem} an in-memory H2; {@code pg}
 * the embedded PostgreSQL of the contract tests, or the one {@code MLE_DRILL_TEST_PG_URL} names);
 * a fourth argument {@code existing} measures what an earlier run loaded (a DIR, or that PostgreSQL).
 */
public final class StandingsBench {
    /** The full size; a second argument scales it down (e.g. 5 workspaces) with the same per-channel load. */
    private static int workspaces = 50;

    private static int channels = 4 * workspaces;
    private static int users = 200 * workspaces;
    private static int answers = 20_000 * workspaces;
    private static final int DAYS = 260;
    private static final int WARMUP = 50;
    private static final int RUNS = 300;
    /** The last generated drill day (a Wednesday), so week and month boards have data. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-17T12:00:00Z"), ZoneOffset.UTC);

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** Tells this run's written answers from an earlier run's on an existing directory. */
    private static final long RUN = System.currentTimeMillis();

    private StandingsBench() {}

    public static void main(String[] args) throws Exception {
        String where = args.length > 0 ? args[0] : "target/bench-data";
        if (args.length > 1) {
            workspaces = Integer.parseInt(args[1]);
            channels = 4 * workspaces;
            users = 200 * workspaces;
            answers = 20_000 * workspaces;
        }
        int perWorkspace = args.length > 2 ? Integer.parseInt(args[2]) : answers / workspaces;
        answers = perWorkspace * workspaces;
        // "existing": measure the boards on a directory a previous run loaded (migrated to this version first).
        boolean existing = args.length > 3 && args[3].equals("existing");
        Path dir =
                where.equals("mem") || where.equals("pg") ? null : existing ? Path.of(where) : emptied(Path.of(where));
        Database loaded = open(where, dir, existing);
        if (existing) {
            measure(loaded);
            return;
        }
        long start = System.nanoTime();
        WorkspaceSeed seed = new WorkspaceSeed(
                workspaces,
                DAYS,
                perWorkspace,
                QuestionBankLoader.load(Path.of("questions")).all(),
                new RubricScorer(Rubric.defaults()));
        seed.load(loaded.dataSource());
        System.out.printf(
                "%s: loaded %,d answers, %,d users, %d channels in %.1f s (%s)%n",
                where, answers, users, channels, (System.nanoTime() - start) / 1e9, load());
        try (Database database = DiskSize.compact(where, dir, loaded)) {
            DiskSize.report(where, dir, database);
            measure(database);
        }
    }

    private static void measure(Database database) throws Exception {
        try (database) {
            try (Connection c = database.connection();
                    Statement s = c.createStatement()) {
                s.execute("analyze");
            }
            StreakPolicy channelPolicy = new StreakPolicy(Scope.CHANNEL, 2);
            JdbcLeaderboards boards = new JdbcLeaderboards(database.dataSource(), channelPolicy, CLOCK);
            JdbcStreaks streaks = new JdbcStreaks(database.dataSource(), channelPolicy, c -> ZONE, CLOCK);
            JdbcStreaks workspaceStreaks =
                    new JdbcStreaks(database.dataSource(), new StreakPolicy(Scope.WORKSPACE, 2), c -> ZONE, CLOCK);
            JdbcLeaderboards workspaceBoards =
                    new JdbcLeaderboards(database.dataSource(), new StreakPolicy(Scope.WORKSPACE, 2), CLOCK);
            Random random = new Random(42);
            // The service spends freezes as days close; generated data has nine months of them unspent.
            measure(
                    "first streak board of each channel (records freezes)",
                    0,
                    channels,
                    i -> boards.streaks(channelRef(i + 1), Scope.CHANNEL, ZONE, 10));
            measure(
                    "first workspace streak board (records freezes)",
                    0,
                    workspaces,
                    i -> workspaceBoards.streaks(
                            channelRef(i * (channels / workspaces) + 1), Scope.WORKSPACE, ZONE, 10));
            time(
                    "leaderboard channel week (top 10)",
                    i -> boards.points(channel(random), Scope.CHANNEL, Period.WEEK, ZONE, 10));
            time(
                    "leaderboard channel month (top 10)",
                    i -> boards.points(channel(random), Scope.CHANNEL, Period.MONTH, ZONE, 10));
            time(
                    "leaderboard channel all time (top 10)",
                    i -> boards.points(channel(random), Scope.CHANNEL, Period.ALL, ZONE, 10));
            time(
                    "leaderboard workspace month (top 10)",
                    i -> boards.points(channel(random), Scope.WORKSPACE, Period.MONTH, ZONE, 10));
            time(
                    "leaderboard workspace all time (top 10)",
                    i -> boards.points(channel(random), Scope.WORKSPACE, Period.ALL, ZONE, 10));
            time("streak of a user in a channel", i -> {
                int user = random.nextInt(users) + 1;
                int channel = (user - 1) / (users / workspaces) * (channels / workspaces)
                        + 1
                        + random.nextInt(channels / workspaces);
                streaks.of(user(user), channelRef(channel));
            });
            time("streak of a user across the workspace", i -> {
                int user = random.nextInt(users) + 1;
                workspaceStreaks.of(
                        user(user), channelRef((user - 1) / (users / workspaces) * (channels / workspaces) + 1));
            });
            time("streak board of a channel (top 10)", i -> boards.streaks(channel(random), Scope.CHANNEL, ZONE, 10));
            time(
                    "workspace streak board (top 10)",
                    i -> workspaceBoards.streaks(channel(random), Scope.WORKSPACE, ZONE, 10));
            JdbcAnswerStore answerStore = new JdbcAnswerStore(database.dataSource());
            JdbcScoreStore scoreStore = new JdbcScoreStore(database.dataSource());
            Score score = new Score(72, "good", List.of(), List.of(), null, null, "bench");
            int[] written = {0};
            time("store and score an answer (standings kept)", i -> {
                int n = ++written[0];
                int channel = random.nextInt(channels) + 1;
                int workspace = (channel - 1) / (channels / workspaces) + 1;
                int user = (workspace - 1) * (users / workspaces) + 1 + random.nextInt(users / workspaces);
                long post = (long) (channel - 1) * DAYS + DAYS;
                Instant at = CLOCK.instant();
                Receipt receipt = answerStore.insert(new NewAnswer(
                        "bench-event-" + RUN + "-" + n,
                        user(user),
                        "user " + user,
                        channelRef(channel),
                        "bench-message-" + RUN + "-" + n,
                        new AnswerTarget.Daily(post, "q1", "t" + post, at.plus(Duration.ofHours(20))),
                        "a new bench answer",
                        at));
                if (!(receipt instanceof Receipt.Stored stored)) {
                    throw new IllegalStateException("not stored: " + receipt);
                }
                scoreStore.save(stored.answerId(), 0, score, at);
            });
        }
    }

    private static Path emptied(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return dir;
    }

    private static ChannelRef channel(Random random) {
        return channelRef(random.nextInt(channels) + 1);
    }

    private static ChannelRef channelRef(int channel) {
        return new ChannelRef(Platform.SLACK, "W" + ((channel - 1) / (channels / workspaces) + 1), "C" + channel);
    }

    private static UserRef user(int user) {
        return new UserRef(Platform.SLACK, "W" + ((user - 1) / (users / workspaces) + 1), "U" + user);
    }

    /**
     * Wall-clock and CPU time of the calling thread per query: on a shared machine the CPU time
     * shows what the query costs when the wall time includes waiting for a core.
     */
    private static void time(String name, IntConsumer query) {
        measure(name, WARMUP, RUNS, query);
    }

    private static void measure(String name, int warmup, int runs, IntConsumer query) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmup; i++) {
            query.accept(i);
        }
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            query.accept(i);
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(
                "%-52s wall p50 %6.2f p99 %6.2f ms | cpu p50 %6.2f p99 %6.2f ms%n",
                name, p(wall, 0.50), p(wall, 0.99), p(cpu, 0.50), p(cpu, 0.99));
    }

    private static double p(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(sorted.length * quantile) - 1] / 1e6;
    }

    private static Database open(String where, Path dir, boolean existing) {
        return switch (where) {
            case "mem" -> Database.h2InMemory("bench");
            case "pg" -> existing ? TestDatabases.postgres() : TestDatabases.freshPostgres();
            default -> Database.h2File(dir);
        };
    }

    static String load() {
        return String.format(
                java.util.Locale.ROOT,
                "load average %.1f on %d cores",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }
}
