package dev.mledrill.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the service in a fixed order on SIGTERM (or Ctrl-C): first the chat connections, so no
 * new event is acknowledged; then the drill service drains its scoring and feedback (bounded); then
 * the executors, the adapters' HTTP clients and the database. A failing step is logged and the
 * next one still runs. Runs at most once.
 */
public final class OrderedShutdown implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(OrderedShutdown.class);

    /** One named step; it may throw. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    private record Named(String name, Step step) {
    }

    private final List<Named> steps = new ArrayList<>();
    private boolean done;

    public synchronized OrderedShutdown then(String name, Step step) {
        steps.add(new Named(name, step));
        return this;
    }

    /** A step that shuts the executor down and waits up to {@code bound} for its tasks. */
    public static Step terminate(ExecutorService executor, Duration bound) {
        return () -> {
            executor.shutdown();
            if (!executor.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                throw new IllegalStateException("tasks still running after " + bound.toSeconds() + " s were interrupted");
            }
        };
    }

    /** Registers this shutdown as a JVM shutdown hook; returns the hook thread. */
    public Thread onJvmExit() {
        Thread hook = new Thread(this, "mle-drill-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    @Override
    public synchronized void run() {
        if (done) {
            return;
        }
        done = true;
        for (Named named : steps) {
            try {
                named.step().run();
                LOG.info("shutdown: {} done", named.name());
            } catch (Exception e) {
                LOG.warn("shutdown: {} failed ({}); continuing", named.name(), e.toString());
            }
        }
    }
}
