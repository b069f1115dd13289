package dev.mledrill.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.store.Database;
import dev.mledrill.store.ShedLockJobLock;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The job lock keeps a job to one instance at a time; re-run per database. */
abstract class JobLockContract {
    private Database db;

    protected abstract Database openDatabase();

    @BeforeEach
    void open() {
        db = openDatabase();
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    @Timeout(30)
    @DisplayName("while one instance runs a job, another instance skips it; afterwards it may run again")
    void oneHolderAtATime() throws Exception {
        ShedLockJobLock first = new ShedLockJobLock(db, Clock.systemUTC());
        ShedLockJobLock second = new ShedLockJobLock(db, Clock.systemUTC());
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> holder = pool.submit(() -> first.runExclusively("daily-post", Duration.ofMinutes(5), () -> {
                running.countDown();
                awaitQuietly(release);
            }));
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

            AtomicInteger ranElsewhere = new AtomicInteger();
            boolean ran = second.runExclusively("daily-post", Duration.ofMinutes(5), ranElsewhere::incrementAndGet);

            assertThat(ran).isFalse();
            assertThat(ranElsewhere).hasValue(0);
            release.countDown();
            assertThat(holder.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(second.runExclusively("daily-post", Duration.ofMinutes(5), ranElsewhere::incrementAndGet))
                    .isTrue();
            assertThat(ranElsewhere).hasValue(1);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("of many instances racing for a held job, exactly one runs it")
    void racingInstancesRunOnce() throws Exception {
        int instances = 6;
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            for (int round = 0; round < 10; round++) {
                String job = "wrap-up-" + round;
                AtomicInteger runs = new AtomicInteger();
                CountDownLatch start = new CountDownLatch(1);
                CountDownLatch skipped = new CountDownLatch(instances - 1);
                var results = new java.util.ArrayList<Future<Boolean>>();
                for (int i = 0; i < instances; i++) {
                    ShedLockJobLock lock = new ShedLockJobLock(db, Clock.systemUTC());
                    results.add(pool.submit(() -> {
                        start.await();
                        boolean ran = lock.runExclusively(job, Duration.ofMinutes(1), () -> {
                            runs.incrementAndGet();
                            awaitQuietly(skipped);
                        });
                        if (!ran) {
                            skipped.countDown();
                        }
                        return ran;
                    }));
                }
                start.countDown();
                int ran = 0;
                for (Future<Boolean> r : results) {
                    ran += r.get(20, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(ran).as("round " + round).isEqualTo(1);
                assertThat(runs).as("round " + round).hasValue(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
