package dev.mledrill.store.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database alone under kill -9: rounds of a child JVM ({@link CommitProbe}) committing
 * every {@value #INTERVAL_MS} ms, killed with SIGKILL between {@value #MIN_SECONDS} and
 * {@value #MAX_SECONDS} s after it opened the database (past H2's 45 s retention time, after which
 * the old settings lost commits), then reopened. The rounds run side by side to fit the build's budget.
 * {@code -Dmle-drill.kill-rounds=N} runs more; {@code -Dmle-drill.probe-h2-settings=";WRITE_DELAY=0"}
 * tries other H2 settings (that one loses commits: docs/DURABILITY.md).
 */
class DatabaseKillIT {
    private static final long INTERVAL_MS = 200;
    private static final int MIN_SECONDS = 50;
    private static final int MAX_SECONDS = 120;

    @TempDir
    Path dir;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void stop() {
        children.forEach(Process::destroyForcibly);
    }

    @Test
    @DisplayName("every commit that returned before a kill -9 is in the reopened database, however long it was open")
    void everyReturnedCommitSurvivesKill() throws Exception {
        int rounds = Integer.getInteger("mle-drill.kill-rounds", 20);
        long seed = Long.getLong("mle-drill.kill-seed", System.nanoTime());
        Random random = new Random(seed);
        List<Round> all = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            all.add(new Round(i, MIN_SECONDS + random.nextInt(MAX_SECONDS - MIN_SECONDS + 1), start(i)));
        }
        for (Round round : all) {
            round.awaitReady();
        }
        for (Round round : all.stream()
                .sorted((a, b) -> Integer.compare(a.killAfter, b.killAfter))
                .toList()) {
            round.kill();
        }
        List<String> results = new ArrayList<>();
        int lost = 0;
        for (Round round : all) {
            long acknowledged = round.lastCommitted();
            try (Database db = Database.h2File(round.data())) {
                long[] stored = CommitProbe.stored(db);
                long missing = Math.max(0, acknowledged - stored[0]);
                lost += missing > 0 ? 1 : 0;
                results.add("round %d killed after %d s: %d commits returned, %d rows (max id %d, counter %d)%s"
                        .formatted(
                                round.index,
                                round.killAfter,
                                acknowledged,
                                stored[0],
                                stored[1],
                                stored[2],
                                missing > 0 ? " LOST " + missing : ""));
                assertThat(stored[0]).as("rows are 1..n without a gap").isEqualTo(stored[1]);
            }
        }
        results.forEach(System.out::println);
        System.out.printf("DatabaseKillIT: %d rounds (seed %d), %d lost commits%n", rounds, seed, lost);
        assertThat(results).as("seed %d", seed).noneMatch(line -> line.contains("LOST"));
        assertThat(all)
                .allSatisfy(round -> assertThat(round.lastCommitted())
                        .as("commits before the kill")
                        .isPositive());
    }

    private Process start(int index) throws IOException {
        Path data = dir.resolve("round-" + index);
        Files.createDirectories(data);
        List<String> command = new ArrayList<>(List.of(
                javaBin(),
                "-Xmx64m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                CommitProbe.class.getName(),
                data.resolve("data").toString(),
                String.valueOf(INTERVAL_MS)));
        String settings = System.getProperty("mle-drill.probe-h2-settings");
        if (settings != null) {
            command.add(settings);
        }
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("out.txt").toFile())
                .start();
        children.add(process);
        return process;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private final class Round {
        final int index;
        final int killAfter;
        final Process process;
        long readyAt;

        Round(int index, int killAfter, Process process) {
            this.index = index;
            this.killAfter = killAfter;
            this.process = process;
        }

        Path data() {
            return dir.resolve("round-" + index).resolve("data");
        }

        Path out() {
            return dir.resolve("round-" + index).resolve("out.txt");
        }

        void awaitReady() {
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("probe " + index + " exited: " + Files.readString(out()));
                        }
                        return Files.readString(out()).contains(CommitProbe.READY);
                    });
            readyAt = System.nanoTime();
        }

        void kill() throws InterruptedException {
            long due = readyAt + TimeUnit.SECONDS.toNanos(killAfter);
            await().atMost(Duration.ofSeconds(MAX_SECONDS + 60))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> System.nanoTime() >= due || !process.isAlive());
            assertThat(process.isAlive()).as("probe %d still committing", index).isTrue();
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        long lastCommitted() throws IOException {
            long last = 0;
            for (String line : Files.readAllLines(out())) {
                if (line.startsWith(CommitProbe.COMMITTED)) {
                    last = Math.max(
                            last,
                            Long.parseLong(line.substring(CommitProbe.COMMITTED.length())
                                    .strip()));
                }
            }
            return last;
        }
    }
}
