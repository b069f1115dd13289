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
    private final JobLock locks;
    private final Duration lockAtMost;
    private final List<ChannelJob> jobs;
    private ScheduledExecutorService executor;

    /** A scheduler for a single instance: no lock is taken around the jobs. */
    public Scheduler(List<ChannelSettings> channels, DailyPoster poster, WrapUpPoster wrapUps, Duration every) {
        this(
                channels,
                poster,
                wrapUps,
                every,
                (name, atMost, job) -> {
                    job.run();
                    return true;
                },
                Duration.ofMinutes(5));
    }

    /**
     * A scheduler that runs each channel's jobs under {@code locks}, so that of several instances
     * sharing the database only one works on a channel at a time; a lock whose holder died expires
     * after {@code lockAtMost}.
     */
    public Scheduler(
            List<ChannelSettings> channels,
            DailyPoster poster,
            WrapUpPoster wrapUps,
            Duration every,
            JobLock locks,
            Duration lockAtMost) {
        this(channels, poster, wrapUps, every, locks, lockAtMost, List.of());
    }

    /** Like the above, with more routines run for each channel under the same lock (reminders, weekly wrap-ups). */
    public Scheduler(
            List<ChannelSettings> channels,
            DailyPoster poster,
            WrapUpPoster wrapUps,
            Duration every,
            JobLock locks,
            Duration lockAtMost,
            List<ChannelJob> jobs) {
        this.jobs = List.copyOf(jobs);
        this.locks = Objects.requireNonNull(locks, "locks");
        this.lockAtMost = Objects.requireNonNull(lockAtMost, "lockAtMost");
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
                locks.runExclusively(jobName(settings), lockAtMost, () -> {
                    poster.postDue(settings);
                    wrapUps.closeWindows(settings);
                    jobs.forEach(job -> runJob(job, settings));
                });
            } catch (RuntimeException e) {
                LOG.error("scheduling {} failed; next tick retries", settings.name(), e);
            }
        }
    }

    /** A failing routine is logged and never stops posting or the other routines. */
    private static void runJob(ChannelJob job, ChannelSettings settings) {
        try {
            job.run(settings);
        } catch (RuntimeException e) {
            LOG.error("a routine for {} failed; next tick retries", settings.name(), e);
        }
    }

    /** ShedLock names are at most 64 characters; long channel keys are hashed. */
    static String jobName(ChannelSettings settings) {
        var ref = settings.channel();
        String name = "drill:" + ref.platform().id() + ":" + ref.team() + ":" + ref.id();
        if (name.length() <= 64) {
            return name;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "drill:" + java.util.HexFormat.of().formatHex(digest, 0, 28);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
