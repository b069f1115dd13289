package dev.mledrill.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.store.Database;
import dev.mledrill.testing.JarRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Budget: about 60-120 s on 2 busy cores (13 child JVMs, most of it JVM start-up). */
@DisplayName("one data directory shared by many local commands")
class SharedDataDirectoryIT {
    private static final int DRILLS = 10;
    private static final Duration EACH = Duration.ofMinutes(4);

    @TempDir
    Path dir;

    @Test
    @DisplayName(
            "10 piped drills started together, beside leaderboard, export and backup loops, all store their answers")
    void everyAnswerStored() throws Exception {
        // given a data directory with a database
        JarRun.Result first = drill("first-user", "The first answer: p95 latency went from 40 ms to 18 ms.")
                .run();
        assertThat(first.exit()).as(first.toString()).isZero();

        // when ten drills run at once while other commands keep reading the same directory
        ExecutorService pool = Executors.newFixedThreadPool(DRILLS + 3);
        AtomicBoolean drillsDone = new AtomicBoolean();
        List<JarRun.Result> loopRuns = new CopyOnWriteArrayList<>();
        AtomicInteger backups = new AtomicInteger();
        List<Future<?>> loops = List.of(
                pool.submit(() -> loop(
                        drillsDone,
                        loopRuns,
                        n -> command("leaderboard", "--channel", "console:local:terminal", "--period", "all"))),
                pool.submit(() -> loop(
                        drillsDone, loopRuns, n -> command("export", "--user", "user-3", "--platform", "console"))),
                pool.submit(() -> loop(
                        drillsDone,
                        loopRuns,
                        n -> command(
                                "backup",
                                dir.resolve("backup-" + backups.incrementAndGet() + ".zip")
                                        .toString()))));
        List<Future<JarRun.Result>> drills = new ArrayList<>();
        for (int i = 0; i < DRILLS; i++) {
            String user = "user-" + i;
            drills.add(pool.submit(() -> drill(user, answer(user)).run()));
        }
        List<JarRun.Result> drillRuns = new ArrayList<>();
        for (Future<JarRun.Result> drill : drills) {
            drillRuns.add(drill.get());
        }
        drillsDone.set(true);
        for (Future<?> loop : loops) {
            loop.get();
        }
        pool.shutdown();

        // then every drill succeeded and its whole answer is in the database
        assertThat(drillRuns).allSatisfy(run -> {
            assertThat(run.exit()).as(run.toString()).isZero();
            assertThat(run.err()).as(run.toString()).doesNotContain("Exception", "in use");
        });
        assertThat(loopRuns).isNotEmpty().allSatisfy(run -> {
            assertThat(run.exit()).as(run.toString()).isIn(0, 1);
            assertThat(run.err()).as(run.toString()).doesNotContain("Exception", "at dev.mledrill", "in use");
        });
        Set<String> bodies = bodies();
        assertThat(bodies).hasSize(DRILLS + 1);
        for (int i = 0; i < DRILLS; i++) {
            assertThat(bodies).contains(answer("user-" + i));
        }
        assertThat(dir.resolve("data").resolve("unsaved-answers")).doesNotExist();
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().startsWith("backup-")))
                .isNotEmpty();
    }

    private static String answer(String user) {
        return "Answer of " + user + ": users felt the preview stutter, so I measured p95 on a Pixel 7.\n\n"
                + "Second paragraph of " + user + ": int8 kept accuracy within 0.3 points.";
    }

    private JarRun drill(String user, String answer) {
        return command("drill", "--user", user).stdin(answer + "\n");
    }

    private JarRun command(String... args) {
        return JarRun.of(args)
                .in(dir)
                .env("MLE_DRILL_DATABASE_WAIT_SECONDS", "180")
                .timeout(EACH);
    }

    private static void loop(AtomicBoolean done, List<JarRun.Result> runs, IntFunction<JarRun> command) {
        int n = 0;
        do {
            runs.add(command.apply(n++).run());
        } while (!done.get());
    }

    private Set<String> bodies() throws Exception {
        Set<String> bodies = new TreeSet<>();
        try (Database db = Database.h2File(dir.resolve("data"));
                Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select body from answers")) {
            while (rs.next()) {
                bodies.add(rs.getString(1));
            }
        }
        return bodies;
    }
}
