package dev.mledrill.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The executor {@link dev.mledrill.drill.DrillService} scores answers and sends feedback on. Most
 * of a task is waiting for the platform's HTTP API (the feedback message, then the reaction), not
 * CPU, so it has more threads than cores: with 4 threads the load bench fell behind at 83 replies
 * a second on 2 cores; with 16 it kept up (README, Performance). The queue is unbounded because
 * every task belongs to an answer that is already stored and acknowledged.
 */
public final class ScoringPool {
    public static final int DEFAULT_THREADS = 16;

    private ScoringPool() {}

    public static ExecutorService create(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("scoring threads must be at least 1, not " + threads);
        }
        return new ThreadPoolExecutor(
                threads,
                threads,
                60,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                Threads.daemon("mle-drill-scoring"));
    }
}
