package dev.mledrill.bench;

import dev.mledrill.rubric.Rubric;
import dev.mledrill.rubric.RubricScorer;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcRescorer;
import dev.mledrill.store.Standings;
import dev.mledrill.store.StoredAnswerSeed;
import dev.mledrill.store.contract.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rescore speed bar: N stored answers (default 100,000) in an H2 file database (or with
 * {@code pg} the embedded PostgreSQL of the contract tests), scored under an old rubric version,
 * rescored with the current one by T workers (default 2; a list such as 1,2,4 runs each in turn
 * on the same data). Run (after {@code mvn -q -DskipTests test-compile}):
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.mledrill.bench.RescoreBench 100000 [T] [h2|pg] [answers per transaction]}
 */
public final class RescoreBench {
    private static final String OLD_VERSION = "2026.10-1";

    private RescoreBench() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int[] workers = Arrays.stream((args.length > 1 ? args[1] : "2").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        boolean pg = args.length > 2 && args[2].equals("pg");
        int chunk = args.length > 3 ? Integer.parseInt(args[3]) : JdbcRescorer.DEFAULT_CHUNK;
        Path dir = Files.createTempDirectory("rescore-bench");
        try (Database db = pg ? TestDatabases.freshPostgres() : Database.h2File(dir)) {
            long seedStart = System.nanoTime();
            StoredAnswerSeed.seed(db.dataSource(), count, BenchAnswers.ALL, List.of("q1", "q2", "q3"), OLD_VERSION);
            System.out.printf(
                    Locale.ROOT, "seeded %,d answers in %.1f s%n", count, (System.nanoTime() - seedStart) / 1e9);
            for (int i = 0; i < workers.length; i++) {
                if (i > 0) {
                    undo(db);
                }
                rescore(db, workers[i], chunk, pg ? "PostgreSQL" : "H2 file");
            }
            if (!pg) {
                System.out.printf(Locale.ROOT, "H2 file %,.1f MB after the rescore%n", DiskSize.bytes(dir) / 1e6);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void rescore(Database db, int threads, int chunk, String where) {
        JdbcRescorer rescorer = new JdbcRescorer(
                db.dataSource(),
                new RubricScorer(Rubric.defaults()),
                id -> Optional.empty(),
                Clock.systemUTC(),
                threads,
                chunk);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        JdbcRescorer.Result result = rescorer.rescore();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "rescored %,d answers in %.2f s wall, %.2f s CPU (%,.0f answers/s,"
                        + " %d workers, %,d a chunk, %s, load average %.1f)%n",
                result.rescored(),
                seconds,
                cpu,
                result.rescored() / seconds,
                threads,
                chunk,
                where,
                os.getSystemLoadAverage());
    }

    /** Back to the seeded state for the next worker count: the new scores gone, the old ones current again. */
    private static void undo(Database db) throws SQLException {
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            s.executeUpdate("delete from scores where rubric_version <> '" + OLD_VERSION + "'");
            s.executeUpdate("update scores set current_score = true");
        }
        Standings.rebuild(db.dataSource());
    }
}
