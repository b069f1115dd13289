package dev.mledrill.store;

import dev.mledrill.schedule.JobLock;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;

/** {@link JobLock} on ShedLock's plain-JDBC provider, table {@code shedlock} (migration V9). */
public final class ShedLockJobLock implements JobLock {
    private final LockingTaskExecutor executor;
    private final Clock clock;

    public ShedLockJobLock(Database database, Clock clock) {
        this.executor = new DefaultLockingTaskExecutor(new JdbcLockProvider(database.dataSource(), "shedlock"));
        this.clock = clock;
        // ShedLock computes unlock times from its own global clock; it must agree with ours, or a
        // lock released under a simulated clock would look held until real time caught up.
        ClockProvider.setClock(clock);
    }

    @Override
    public boolean runExclusively(String name, Duration atMost, Runnable job) {
        LockConfiguration lock = new LockConfiguration(clock.instant(), name, atMost, Duration.ZERO);
        try {
            return executor.executeWithLock(
                            () -> {
                                job.run();
                                return Boolean.TRUE;
                            },
                            lock)
                    .wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("job " + name + " failed", e);
        }
    }
}
