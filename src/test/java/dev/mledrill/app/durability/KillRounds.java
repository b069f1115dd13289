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
 * Runs kill rounds in sequences side by side (each sequence with its own stand-in and database,
 * {@value #KILLS_PER_SEQUENCE} kills each) and asserts none found a violation.
 * {@code -Dmle-drill.kill-rounds=N} (default 20 kills) and {@code -Dmle-drill.kill-parallel=P}
 * (default 3 sequences at a time) size the run; in every third sequence the service runs past
 * H2's 45 s retention time before its first kill.
 */
final class KillRounds {
    static final int KILLS_PER_SEQUENCE = 4;

    private KillRounds() {}

    static void run(String name, Path dir, Supplier<StandIn> standIns, KillRound.Databases databases) throws Exception {
        int rounds = Integer.getInteger("mle-drill.kill-rounds", 20);
        int parallel = Integer.getInteger("mle-drill.kill-parallel", 3);
        long seed = Long.getLong("mle-drill.kill-seed", System.nanoTime());
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<KillRound.Result>> futures = new ArrayList<>();
        int sequences = (rounds + KILLS_PER_SEQUENCE - 1) / KILLS_PER_SEQUENCE;
        for (int i = 0; i < sequences; i++) {
            int round = i;
            int kills = Math.min(KILLS_PER_SEQUENCE, rounds - i * KILLS_PER_SEQUENCE);
            futures.add(pool.submit(() -> {
                try (StandIn standIn = standIns.get()) {
                    return new KillRound(
                                    round,
                                    dir.resolve("sequence-" + round),
                                    standIn,
                                    databases,
                                    seed + round,
                                    round % 3 == 0,
                                    kills)
                            .run();
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
        System.out.printf(
                "%s: %d kill rounds in %d sequences (seed %d, %d in parallel), %d answers sent, %d acknowledged,"
                        + " %d s%n",
                name,
                results.stream().mapToInt(KillRound.Result::kills).sum(),
                sequences,
                seed,
                parallel,
                results.stream().mapToInt(KillRound.Result::sent).sum(),
                results.stream().mapToInt(KillRound.Result::acknowledged).sum(),
                (System.nanoTime() - started) / 1_000_000_000L);
        assertThat(results)
                .as("seed %d; logs under %s", seed, dir)
                .allSatisfy(result ->
                        assertThat(result.violations()).as(result.line()).isEmpty());
    }
}
