package dev.mledrill.app.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs kill rounds side by side (each with its own stand-in and database) and asserts none found a
 * violation. {@code -Dmle-drill.kill-rounds=N} (default 20) and {@code -Dmle-drill.kill-parallel=P}
 * (default 4) size the run; every fifth round's first life outlasts H2's retention time.
 */
final class KillRounds {
    private KillRounds() {
    }

    static void run(String name, Path dir, Supplier<StandIn> standIns, KillRound.Databases databases) throws Exception {
        int rounds = Integer.getInteger("mle-drill.kill-rounds", 20);
        int parallel = Integer.getInteger("mle-drill.kill-parallel", 4);
        long seed = Long.getLong("mle-drill.kill-seed", System.nanoTime());
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<KillRound.Result>> futures = new ArrayList<>();
        // Long rounds first, so they overlap the short ones instead of trailing at the end.
        for (int i = 0; i < rounds; i++) {
            int round = i;
            futures.add(pool.submit(() -> {
                try (StandIn standIn = standIns.get()) {
                    return new KillRound(round, dir.resolve("round-" + round), standIn, databases, seed + round,
                            round % 5 == 0).run();
                }
            }));
        }
        List<KillRound.Result> results = new ArrayList<>();
        try {
            for (Future<KillRound.Result> future : futures) {
                results.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        results.forEach(result -> System.out.println(name + " " + result.line()));
        System.out.printf("%s: %d rounds (seed %d, %d in parallel), %d answers sent, %d acknowledged, %d s%n", name,
                rounds, seed, parallel, results.stream().mapToInt(KillRound.Result::sent).sum(),
                results.stream().mapToInt(KillRound.Result::acknowledged).sum(), (System.nanoTime() - started) / 1_000_000_000L);
        assertThat(results).as("seed %d; logs under %s", seed, dir)
                .allSatisfy(result -> assertThat(result.violations()).as(result.line()).isEmpty());
    }
}
