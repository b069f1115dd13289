package dev.mledrill.bench;

import dev.mledrill.rubric.Rubric;
import dev.mledrill.rubric.RubricScorer;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcRescorer;
import dev.mledrill.store.StoredAnswerSeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rescore speed bar: N stored answers (default 100,000) in an H2 file database, scored under
 * an old rubric version, rescored with the current one. Run (after {@code mvn -q -DskipTests test-compile}):
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.mledrill.bench.RescoreBench 100000}
 */
public final class RescoreBench {
    private RescoreBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path dir = Files.createTempDirectory("rescore-bench");
        try (Database db = Database.h2File(dir)) {
            long seedStart = System.nanoTime();
            StoredAnswerSeed.seed(db.dataSource(), count, BenchAnswers.ALL, List.of("q1", "q2", "q3"), "2026.10-1");
            System.out.printf(Locale.ROOT, "seeded %,d answers in %.1f s%n", count, (System.nanoTime() - seedStart) / 1e9);

            JdbcRescorer rescorer = new JdbcRescorer(db.dataSource(), new RubricScorer(Rubric.defaults()),
                    id -> Optional.empty(), Clock.systemUTC(), threads, 1_000);
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            JdbcRescorer.Result result = rescorer.rescore();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            System.out.printf(Locale.ROOT, "rescored %,d answers in %.2f s wall, %.2f s CPU (%,.0f answers/s,"
                    + " %d scoring threads, load average %.1f)%n", result.rescored(), seconds, cpu,
                    result.rescored() / seconds, threads, os.getSystemLoadAverage());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
