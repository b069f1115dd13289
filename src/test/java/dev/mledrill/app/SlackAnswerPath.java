package dev.mledrill.app;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Chats;
import dev.mledrill.chat.CommandReply;
import dev.mledrill.chat.ConnectionEvents;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.PrivateAnswerRefusal;
import dev.mledrill.chat.slack.SlackAdapter;
import dev.mledrill.chat.slack.SlackSettings;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.drill.DrillService;
import dev.mledrill.drill.DrillStores;
import dev.mledrill.drill.TestScores;
import dev.mledrill.rubric.Scorer;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcDisplayNames;
import dev.mledrill.store.JdbcStreaks;
import dev.mledrill.streak.StreakPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The answer path as {@code mle-drill run} wires it ({@link Application}, {@link Service}), for
 * recovery tests and the load bench: H2 file database, {@link DrillService} on a {@link ScoringPool},
 * the real Slack adapter, start-up recovery, and the same shutdown order as {@link Service#close()}.
 */
public final class SlackAnswerPath implements AutoCloseable {
    private static final Duration DRAIN_BOUND = Duration.ofSeconds(20);

    public final Database database;
    public final DrillService drill;
    public final SlackAdapter adapter;
    public final StartupRecovery recovery;
    private final ExecutorService scoring;
    private boolean closed;

    private SlackAnswerPath(
            Database database,
            DrillService drill,
            SlackAdapter adapter,
            StartupRecovery recovery,
            ExecutorService scoring) {
        this.database = database;
        this.drill = drill;
        this.adapter = adapter;
        this.recovery = recovery;
        this.scoring = scoring;
    }

    /** Opens the database in {@code dataDir}, connects to Slack, and runs start-up recovery. */
    public static SlackAnswerPath start(
            Path dataDir, SlackSettings slack, ChannelRef channel, Scorer scorer, int scoringThreads, Clock clock) {
        Database database = Database.h2File(dataDir);
        ExecutorService scoring = ScoringPool.create(scoringThreads);
        DrillStores stores = Stores.drillStores(database.dataSource());
        ChannelSettings settings = new ChannelSettings(
                channel,
                "drills",
                "0 0 9 ? * MON-FRI",
                ZoneOffset.UTC,
                Map.of(),
                Set.of(),
                Optional.empty(),
                FeedbackMode.EPHEMERAL,
                true,
                true,
                List.of());
        Chats chats = new Chats();
        DrillService drill = new DrillService(
                stores,
                () -> List.of(TestScores.question("q1", "vision")),
                scorer,
                new JdbcStreaks(database.dataSource(), StreakPolicy.DEFAULT, ch -> ZoneOffset.UTC, clock),
                chats,
                List.of(settings),
                scoring,
                clock);
        SlackAdapter adapter = new SlackAdapter(
                slack,
                drill,
                PrivateAnswerRefusal.INSTANCE,
                command -> new CommandReply("not part of this test"),
                ch -> ch.equals(channel) ? Optional.of(settings) : Optional.empty(),
                clock,
                ConnectionEvents.NONE,
                new JdbcDisplayNames(database.dataSource(), clock));
        chats.register(adapter.chat());
        adapter.start();
        StartupRecovery recovery = StartupRecovery.of(database, chats, drill, clock);
        recovery.run();
        return new SlackAnswerPath(database, drill, adapter, recovery, scoring);
    }

    /** Stops in {@link Service#close()}'s order: no new events, drain, executor, adapter, database. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        adapter.disconnect();
        drill.drain(DRAIN_BOUND);
        scoring.shutdown();
        try {
            scoring.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        adapter.close();
        database.close();
    }
}
