package dev.mledrill.bench;

import dev.mledrill.drill.AnswerText;
import dev.mledrill.drill.copies.Signer;
import dev.mledrill.question.Question;
import dev.mledrill.question.QuestionBankLoader;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcCopyChecks;
import dev.mledrill.store.JdbcCopyRescan;
import dev.mledrill.store.StoredAnswerSeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * What the near-copy check costs. N answers (default 100,000) with varied texts (five sentences
 * drawn from the bank's model answers) in the rescore bench's H2 file database (500 users, 500
 * answers per daily thread, 200 per user: far larger threads than a team's); then
 * (1) the first {@code rescore} pass, which signs and checks every answer, (2) a second pass, which
 * finds nothing to do, (3) live checks of 500 answers, each against its 499-answer thread and its
 * author's 199 other answers, as the reply-to-feedback path runs them. Run (after test-compile):
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.mledrill.bench.CopyCheckBench 100000}
 */
public final class CopyCheckBench {
    private CopyCheckBench() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path dir = Files.createTempDirectory("copy-bench");
        try (Database db = Database.h2File(dir)) {
            StoredAnswerSeed.seed(db.dataSource(), count, variedTexts(count), List.of("q1", "q2", "q3"), "2026.10-1");
            Signer signer = new Signer();

            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            JdbcCopyRescan.Result first = new JdbcCopyRescan(db.dataSource(), signer, threads, 1_000).run();
            System.out.printf(
                    Locale.ROOT,
                    "first rescore pass: %s in %.2f s wall, %.2f s CPU (load average %.1f)%n",
                    first,
                    (System.nanoTime() - start) / 1e9,
                    (os.getProcessCpuTime() - cpuStart) / 1e9,
                    os.getSystemLoadAverage());
            start = System.nanoTime();
            JdbcCopyRescan.Result second = new JdbcCopyRescan(db.dataSource(), signer, threads, 1_000).run();
            System.out.printf(
                    Locale.ROOT, "second rescore pass: %s in %.3f s%n", second, (System.nanoTime() - start) / 1e9);

            JdbcCopyChecks checks = new JdbcCopyChecks(db.dataSource(), signer);
            List<long[]> answers = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            try (Connection c = db.dataSource().getConnection();
                    PreparedStatement ps = c.prepareStatement(
                            "select id, revision, body from answers order by id desc fetch first 600 rows only");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    answers.add(new long[] {rs.getLong(1), rs.getInt(2)});
                    bodies.add(rs.getString(3));
                }
            }
            long[] signNanos = new long[answers.size()];
            long[] checkNanos = new long[answers.size()];
            long[] checkCpu = new long[answers.size()];
            for (int i = 0; i < answers.size(); i++) {
                long t0 = System.nanoTime();
                var signature = signer.sign(AnswerText.forScoring(bodies.get(i)));
                long t1 = System.nanoTime();
                // a new revision, as an edit makes, so the check runs in full
                try (Connection c = db.dataSource().getConnection()) {
                    c.createStatement()
                            .executeUpdate(
                                    "update answers set revision = revision + 1 where id = " + answers.get(i)[0]);
                }
                long c2 = cpu.getCurrentThreadCpuTime();
                long t2 = System.nanoTime();
                checks.check(answers.get(i)[0], (int) answers.get(i)[1] + 1, signature);
                long t3 = System.nanoTime();
                checkCpu[i] = cpu.getCurrentThreadCpuTime() - c2;
                signNanos[i] = t1 - t0;
                checkNanos[i] = t3 - t2;
            }
            report("sign one answer", Arrays.copyOfRange(signNanos, 100, signNanos.length));
            report("check one answer (sign excluded), wall", Arrays.copyOfRange(checkNanos, 100, checkNanos.length));
            report(
                    "check one answer (sign excluded), CPU of the checking thread",
                    Arrays.copyOfRange(checkCpu, 100, checkCpu.length));
            System.out.printf(Locale.ROOT, "load average at the end %.1f%n", os.getSystemLoadAverage());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%s: p50 %.2f ms, p99 %.2f ms (%d runs after 100 warm-up)%n",
                what,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted.length);
    }

    /** Texts of five sentences drawn at random from the bank's model answers: on topic, and no two alike. */
    static List<String> variedTexts(int count) {
        List<String> sentences = new ArrayList<>();
        for (Question q : QuestionBankLoader.load(Path.of("questions")).all()) {
            for (String item : q.modelAnswer()) {
                sentences.addAll(Arrays.asList(item.split("(?<=[.!?])\\s+")));
            }
        }
        Random random = new Random(5);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 5; s++) {
                text.append(s == 0 ? "" : " ").append(sentences.get(random.nextInt(sentences.size())));
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
