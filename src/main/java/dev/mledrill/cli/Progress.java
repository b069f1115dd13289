package dev.mledrill.cli;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for the long commands (rescore, backup, restore, retention apply): on a
 * terminal a bar with rate and ETA redrawn in place; otherwise (a log, a pipe) one progress line
 * every {@value #LOG_INTERVAL_SECONDS} seconds. A total below zero shows elapsed time only.
 */
final class Progress implements AutoCloseable {
    static final int LOG_INTERVAL_SECONDS = 5;
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start(String task, long total, String unit) {
        return start(task, total, unit, Duration.ofSeconds(LOG_INTERVAL_SECONDS));
    }

    /** Off a terminal, nothing is written for {@code quiet}: a command that ends sooner prints no progress. */
    static Progress start(String task, long total, String unit, Duration quiet) {
        boolean terminal = System.console() != null;
        long quietUntil = System.nanoTime() + quiet.toNanos();
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUnit(" " + unit, 1)
                .showSpeed()
                .continuousUpdate()
                .setStyle(ProgressBarStyle.ASCII)
                .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
                .setUpdateIntervalMillis(
                        terminal
                                ? 500
                                : (int) Duration.ofSeconds(LOG_INTERVAL_SECONDS).toMillis())
                .setConsumer(
                        terminal
                                ? new ConsoleProgressBarConsumer(System.err)
                                : new DelegatingProgressBarConsumer(line -> {
                                    if (System.nanoTime() - quietUntil >= 0) {
                                        System.err.println(line.strip());
                                    }
                                }));
        return new Progress(builder.build());
    }

    /**
     * Runs one long step whose end cannot be known in advance (a single SQL statement), showing the
     * elapsed time and {@code measure} (bytes written so far, say), sampled twice a second.
     */
    static <T> T whileRunning(String task, String unit, LongSupplier measure, Supplier<T> work) {
        return whileRunning(task, unit, measure, work, Duration.ofSeconds(LOG_INTERVAL_SECONDS));
    }

    static <T> T whileRunning(String task, String unit, LongSupplier measure, Supplier<T> work, Duration quiet) {
        try (Progress progress = start(task, -1, unit, quiet)) {
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "progress-" + task);
                thread.setDaemon(true);
                return thread;
            });
            sampler.scheduleAtFixedRate(() -> progress.stepTo(measure.getAsLong()), 0, 500, TimeUnit.MILLISECONDS);
            try {
                return work.get();
            } finally {
                sampler.shutdownNow();
                progress.stepTo(measure.getAsLong());
            }
        }
    }

    /** The size of {@code file} so far, 0 while it does not exist. */
    static long sizeOf(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.exists(file) ? java.nio.file.Files.size(file) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    void stepBy(long n) {
        bar.stepBy(n);
    }

    void stepTo(long n) {
        bar.stepTo(n);
    }

    @Override
    public void close() {
        bar.close();
    }
}
