package dev.mledrill.app;

import dev.mledrill.chat.Chats;
import dev.mledrill.drill.Backfill;
import dev.mledrill.drill.DrillService;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcOpenThreads;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code mle-drill run} does once its chat adapters are connected: queue every stored answer
 * that still has no score (stored just before a crash, or its scorer failed), then backfill the
 * replies written while the service was down (each newly stored one is scored as it is stored).
 * Both are safe to repeat.
 */
public final class StartupRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(StartupRecovery.class);

    private final Backfill backfill;
    private final DrillService drill;

    public StartupRecovery(Backfill backfill, DrillService drill) {
        this.backfill = backfill;
        this.drill = drill;
    }

    /** Backfill over every open question thread of the running adapters, with the default lookback. */
    public static StartupRecovery of(Database database, Chats chats, DrillService drill, Clock clock) {
        return new StartupRecovery(
                new Backfill(
                        new JdbcOpenThreads(database.dataSource()), chats, drill, clock, Backfill.DEFAULT_LOOKBACK),
                drill);
    }

    /** Answers stored before the stop are queued first, so the ones backfill stores now are not queued twice. */
    public Backfill.Report run() {
        int queued = drill.rescoreUnscored();
        Backfill.Report report = backfill.run();
        LOG.info(
                "start-up recovery: {} replies backfilled, {} earlier answers queued for scoring",
                report.stored(),
                queued);
        return report;
    }
}
