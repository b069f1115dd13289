package dev.mledrill.app.durability;

import static org.awaitility.Awaitility.await;

import dev.mledrill.store.Database;
import dev.mledrill.testing.Rows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Kill rounds on one database: the service runs and takes a steady stream of answers; each round
 * kills it with SIGKILL at a random moment, restarts it and, before new traffic, checks through
 * the running service that every answer acknowledged so far is stored exactly once. After the
 * last round it catches up, is stopped with SIGTERM (exit 0), and what the platform was told
 * (acks, feedback, posts) is checked against the database.
 */
final class KillRound {
    /** Where a round keeps its database: an H2 directory, or a PostgreSQL URL made for it. */
    interface Databases {
        String database(Path roundDir, int round);

        Database open(String database);
    }

    /** An embedded H2 directory per sequence, read through the running service while it runs. */
    static Databases h2() {
        return new Databases() {
            @Override
            public String database(Path roundDir, int round) {
                return roundDir.resolve("data").toString();
            }

            @Override
            public Database open(String database) {
                return Database.h2Existing(Path.of(database));
            }
        };
    }

    /** What a round found: violations (empty when it passed) and figures. */
    record Result(
            int round,
            int kills,
            List<String> violations,
            int sent,
            int acknowledged,
            int stored,
            String phases,
            long seconds) {
        String line() {
            return "sequence %d (%d kills): %d answers sent, %d acknowledged, %d stored, %d s (%s)%s"
                    .formatted(
                            round,
                            kills,
                            sent,
                            acknowledged,
                            stored,
                            seconds,
                            phases,
                            violations.isEmpty() ? "" : " FAILED " + violations);
        }
    }

    private static final Duration REPLY_EVERY = Duration.ofMillis(300);

    private final int index;
    private final Path dir;
    private final StandIn standIn;
    private final Databases databases;
    private final Random random;
    private final boolean longLife;
    private final int kills;
    private final List<StandIn.Reply> sent = new CopyOnWriteArrayList<>();

    KillRound(int index, Path dir, StandIn standIn, Databases databases, long seed, boolean longLife, int kills) {
        this.kills = kills;
        this.index = index;
        this.dir = dir;
        this.standIn = standIn;
        this.databases = databases;
        this.random = new Random(seed);
        this.longLife = longLife;
    }

    Result run() throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(dir);
        String database = databases.database(dir, index);
        Path config = dir.resolve("mle-drill.yaml");
        Files.writeString(config, "database: " + database + "\n" + standIn.config());
        List<String> violations = new ArrayList<>();
        StringBuilder phases = new StringBuilder();
        for (int life = 0; life <= kills; life++) {
            long lifeStarted = System.nanoTime();
            ServiceProcess service = ServiceProcess.run(config, standIn.env());
            phases.append(life == 0 ? "" : ", ").append("start ").append(seconds(lifeStarted));
            try {
                if (life == 0) {
                    await().atMost(Duration.ofSeconds(60)).until(() -> standIn.questionPosts() > 0);
                } else {
                    acknowledgedStoredOnce(database, violations, life);
                }
                AtomicBoolean talking = new AtomicBoolean(true);
                Thread traffic = new Thread(() -> talk(talking), "traffic-" + index);
                traffic.start();
                if (life == 0) {
                    long export = System.nanoTime();
                    readWhileRunning(config, violations);
                    phases.append(", export ").append(seconds(export));
                }
                if (life < kills) {
                    Thread.sleep(lifetime(life).toMillis()); // the random kill point, not a wait for a condition
                    service.kill();
                    talking.set(false);
                    traffic.join();
                } else {
                    Thread.sleep(2_000); // some traffic for the last life too
                    talking.set(false);
                    traffic.join();
                    long catchUp = System.nanoTime();
                    awaitCaughtUp(database);
                    phases.append(", caught up ").append(seconds(catchUp));
                    int exit = service.stop();
                    if (exit != 0) {
                        violations.add("SIGTERM exit code " + exit);
                    }
                }
            } finally {
                service.destroy();
                Files.writeString(dir.resolve("run-" + life + ".log"), service.log());
            }
            phases.append(", life ").append(seconds(lifeStarted)).append(compaction(service.log()));
        }
        int stored = check(database, violations);
        int acknowledged = (int) sent.stream().filter(standIn::acknowledged).count();
        return new Result(
                index,
                kills,
                violations,
                sent.size(),
                acknowledged,
                stored,
                phases.toString(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private static final java.util.regex.Pattern COMPACTED =
            java.util.regex.Pattern.compile("compacted from (\\d+) KiB to (\\d+) KiB in (\\d+) ms");

    /** The start-up compaction the service logged, if it compacted (figures for docs/DURABILITY.md). */
    private static String compaction(String log) {
        java.util.regex.Matcher m = COMPACTED.matcher(log);
        return m.find() ? " (compacted " + m.group(1) + " -> " + m.group(2) + " KiB in " + m.group(3) + " ms)" : "";
    }

    private static String seconds(long since) {
        return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - since) / 1e9);
    }

    /** Mostly a few seconds; in long rounds the first life outlasts H2's 45 s retention time. */
    private Duration lifetime(int life) {
        if (longLife && life == 0) {
            return Duration.ofSeconds(48 + random.nextInt(10));
        }
        return Duration.ofMillis(500 + random.nextInt(6_000));
    }

    private void talk(AtomicBoolean talking) {
        int n = sent.size();
        while (talking.get()) {
            n++;
            String user = "U" + (n % 25);
            String text = "Round " + index + " answer " + n + ": p95 latency fell from 110 ms to 82 ms on a Pixel 8"
                    + " after int8 quantization, with accuracy within 0.4 points of the fp32 baseline.";
            try {
                sent.add(standIn.reply(user, text));
            } catch (RuntimeException socketGone) {
                // The service is being killed: the reply stays in the thread, for the next start's backfill.
            }
            try {
                Thread.sleep(REPLY_EVERY.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A local command reading through the running service's shared database: the export of an acknowledged author. */
    private void readWhileRunning(Path config, List<String> violations) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> sent.stream().anyMatch(standIn::acknowledged));
        StandIn.Reply acked =
                sent.stream().filter(standIn::acknowledged).findFirst().orElseThrow();
        Path out = dir.resolve("export.json");
        int exit = ServiceProcess.command(
                        List.of(
                                "export",
                                "--config",
                                config.toString(),
                                "--user",
                                acked.user(),
                                "--platform",
                                standIn.platform(),
                                "-o",
                                out.toString()),
                        standIn.env(),
                        config)
                .exit();
        if (exit != 0 || !Files.readString(out).contains(acked.messageId())) {
            violations.add("export while running (exit " + exit + ") lacks acknowledged answer " + acked.messageId());
        }
    }

    /** After a restart, before new traffic: what was acknowledged before the kill is there once. */
    private void acknowledgedStoredOnce(String database, List<String> violations, int life) throws SQLException {
        List<StandIn.Reply> acknowledged =
                sent.stream().filter(standIn::acknowledged).toList();
        try (Database db = databases.open(database)) {
            Map<String, Long> stored = Rows.repliesPerMessage(db);
            acknowledged.stream()
                    .filter(reply -> stored.getOrDefault(reply.messageId(), 0L) != 1)
                    .forEach(reply -> violations.add("after kill " + life + ": acknowledged answer " + reply.messageId()
                            + " stored " + stored.getOrDefault(reply.messageId(), 0L) + " times"));
        }
    }

    /** Every reply in the thread stored (live or by backfill) and none left unscored. */
    private void awaitCaughtUp(String database) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    try (Database db = databases.open(database)) {
                        return Rows.repliesPerMessage(db).size() >= sent.size()
                                && Rows.count(
                                                db,
                                                "select count(*) from answers a where not exists"
                                                        + " (select 1 from scores s where s.answer_id = a.id)")
                                        == 0
                                && Rows.count(
                                                db,
                                                "select count(*) from answer_probes p join answers a on a.id = p.answer_id"
                                                        + " where p.reply_message_id is not null and a.withdrawn_at is null and not exists"
                                                        + " (select 1 from scores s where s.answer_id = a.id and s.with_probe = true)")
                                        == 0;
                    }
                });
    }

    private int check(String database, List<String> violations) throws SQLException {
        try (Database db = databases.open(database)) {
            Map<String, Long> stored = Rows.repliesPerMessage(db);
            for (StandIn.Reply reply : sent) {
                long copies = stored.getOrDefault(reply.messageId(), 0L);
                if (copies != 1) {
                    violations.add((standIn.acknowledged(reply) ? "acknowledged" : "unacknowledged") + " answer "
                            + reply.messageId() + " stored " + copies + " times");
                }
            }
            long posts = Rows.count(db, "select count(*) from posted_questions where status = 'POSTED'");
            if (standIn.questionPosts() != 1 || posts != 1) {
                violations.add(standIn.questionPosts() + " question posts on the platform, " + posts + " recorded");
            }
            Map<String, Long> revisions = revisionsPerMessage(db);
            standIn.feedbackPerAnswer().forEach((message, times) -> {
                if (times > revisions.getOrDefault(message, 0L)) {
                    violations.add("feedback sent " + times + " times for answer " + message);
                }
            });
            return stored.size();
        }
    }

    /** Revisions of each answer; a follow-up reply counts as one (its edits are not scored). */
    private static Map<String, Long> revisionsPerMessage(Database db) throws SQLException {
        Map<String, Long> revisions = group(
                db,
                "select a.platform_message_id, 1 + (select count(*) from answer_edits e"
                        + " where e.answer_id = a.id) from answers a");
        group(db, "select reply_message_id, 1 from answer_probes where reply_message_id is not null")
                .forEach((message, one) -> revisions.merge(message, one, Long::sum));
        return revisions;
    }

    private static Map<String, Long> group(Database db, String sql) throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        try (Connection c = db.connection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getLong(2));
            }
        }
        return rows;
    }
}
