package dev.mledrill.schedule;

import dev.mledrill.drill.ChannelSettings;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The posting routine: every tick it looks at each configured channel, posts what is due,
 * retries failed posts, and wraps up closed windows. What is due is computed from the clock and
 * the database each time, so a restart, a late tick or a second instance changes nothing.
 */
public final class Scheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
    public static final Duration DEFAULT_TICK = Duration.ofSeconds(30);

    private final List<ChannelSettings> channels;
    private final DailyPoster poster;
    private final WrapUpPoster wrapUps;
    private final Duration every;
    private ScheduledExecutorService executor;

    public Scheduler(List<ChannelSettings> channels, DailyPoster poster, WrapUpPoster wrapUps, Duration every) {
        this.channels = List.copyOf(channels);
        this.poster = Objects.requireNonNull(poster, "poster");
        this.wrapUps = Objects.requireNonNull(wrapUps, "wrapUps");
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("tick period must be positive, not " + every);
        }
        this.every = every;
    }

    /** Starts ticking on a daemon thread: at once, then every period. */
    public synchronized void start() {
        if (executor != null) {
            throw new IllegalStateException("scheduler already started");
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mle-drill-scheduler");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::tick, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("scheduler started for {} channel(s), tick every {}", channels.size(), every);
    }

    /** One pass over every channel; a failing channel is logged and never stops the others. */
    public void tick() {
        for (ChannelSettings settings : channels) {
            try {
                poster.postDue(settings);
                wrapUps.closeWindows(settings);
            } catch (RuntimeException e) {
                LOG.error("scheduling {} failed; next tick retries", settings.name(), e);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }
}
