package dev.mledrill.store.contract;

import dev.mledrill.app.Application;
import dev.mledrill.app.config.AppConfig;
import dev.mledrill.chat.Chat;
import dev.mledrill.drill.DrillService;
import dev.mledrill.schedule.Scheduler;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * One service instance on a shared database, built by the production composition root: its own
 * connection pool, its scheduler under the database job lock, and its answer path.
 */
final class ServiceInstance implements AutoCloseable {
    private final Application app;
    final Scheduler scheduler;
    final DrillService drill;

    ServiceInstance(AppConfig config, List<Chat> platforms, Clock clock) {
        this.app = Application.open(config, Map.of(), clock);
        platforms.forEach(app::register);
        this.scheduler = app.scheduler(config.channels());
        this.drill = app.drill();
    }

    @Override
    public void close() {
        scheduler.close();
        app.close();
    }
}
