package dev.mledrill.store;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.h2.api.ErrorCode;

/**
 * Waiting for our turn at an H2 file that another local command holds (H2 lets one process open
 * a file database at a time; commands hold it for a second or two). Retries with a short random
 * pause until {@code MLE_DRILL_DATABASE_WAIT_SECONDS} (default 30) have passed.
 */
public final class DatabaseWait {
    public static final String VARIABLE = "MLE_DRILL_DATABASE_WAIT_SECONDS";
    public static final Duration DEFAULT = Duration.ofSeconds(30);

    private DatabaseWait() {}

    /** The wait the environment asks for; a value that is not a whole number of seconds >= 0 is an error. */
    public static Duration from(Map<String, String> env) {
        String value = env.get(VARIABLE);
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds >= 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException(VARIABLE + "='" + value + "' is not a number of seconds (0 or more)");
    }

    /** Runs {@code attempt} until it does not fail because the file is in use, or {@code wait} has passed. */
    static <T> T untilFree(Duration wait, String what, Supplier<T> attempt) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (!inUse(e)) {
                    throw e;
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new DatabaseBusyException("the database in " + what
                            + " is in use by another mle-drill command " + "and did not become free within "
                            + wait.toSeconds() + " s (set " + VARIABLE + " to wait longer)");
                }
                pause();
            }
        }
    }

    /** H2's "Database may be already in use" (the file lock), however deeply Flyway or a pool wrapped it. */
    static boolean inUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
        }
        return false;
    }

    private static void pause() {
        try {
            // A random pause spreads the retries of many waiting commands over time.
            Thread.sleep(ThreadLocalRandom.current().nextLong(50, 250));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }
}
