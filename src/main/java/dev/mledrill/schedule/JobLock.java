package dev.mledrill.schedule;

import java.time.Duration;

/**
 * Runs a scheduled job on at most one instance at a time, across every instance sharing the
 * database. It only saves work: the database's unique keys remain the real exactly-once guard.
 */
public interface JobLock {

    /**
     * Runs {@code job} if no other instance holds the lock {@code name}; the lock expires after
     * {@code atMost} even if its holder died. Returns whether the job ran here.
     */
    boolean runExclusively(String name, Duration atMost, Runnable job);
}
