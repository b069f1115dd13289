package dev.mledrill.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.slack.FakeSlack;
import dev.mledrill.store.Database;
import dev.mledrill.store.TestPosts;
import dev.mledrill.testing.Rows;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during a burst of replies: the answer path runs in a child JVM ({@link AnswerPathProcess})
 * against a {@link FakeSlack} in this process, is killed with SIGKILL mid-burst and restarted.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class CrashRecoveryTest {
    private static final String CHANNEL = "C0DRILLS";
    private static final String THREAD = "1764000000.000100";
    private static final int REPLIES = 120;

    @TempDir
    Path dir;

    private FakeSlack fake;
    private final List<Process> children = new ArrayList<>();

    @BeforeEach
    void postQuestion() {
        fake = FakeSlack.start();
        Instant now = Instant.now();
        try (Database db = Database.h2File(dir.resolve("data"))) {
            TestPosts.posted(
                    db,
                    new ChannelRef(Platform.SLACK, FakeSlack.TEAM, CHANNEL),
                    "q1",
                    THREAD,
                    now.minus(Duration.ofHours(1)),
                    now.plus(Duration.ofHours(20)));
        }
    }

    @AfterEach
    void stop() {
        children.forEach(Process::destroyForcibly);
        fake.close();
    }

    @Test
    @DisplayName(
            "after kill -9 mid-burst and a restart, every acknowledged reply is stored once and backfill stores the rest once")
    void killNineMidBurst() throws Exception {
        // given the answer path running in a child JVM
        Process first = child("first");
        fake.awaitConnections(1);

        // when a burst of replies arrives and the child is killed with SIGKILL part-way through
        Map<String, String> tsByEnvelope = new HashMap<>();
        for (int i = 0; i < REPLIES; i++) {
            FakeSlack.Delivery d = fake.keptThreadReply(
                    CHANNEL, THREAD, "U" + (i % 40), "Latency fell from 110 ms to 82 ms, reply " + i);
            tsByEnvelope.put(d.envelopeId(), d.ts());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> fake.ackCount() >= REPLIES / 5);
        first.destroyForcibly();
        assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        Set<String> ackedTs = tsByEnvelope.entrySet().stream()
                .filter(e -> fake.acked(e.getKey()))
                .map(Map.Entry::getValue)
                .collect(Collectors.toSet());
        assertThat(ackedTs)
                .as("killed mid-burst")
                .hasSizeGreaterThanOrEqualTo(REPLIES / 5)
                .hasSizeLessThan(REPLIES);

        // then every reply it had acknowledged survived the kill, once
        try (Database db = Database.h2File(dir.resolve("data"))) {
            Map<String, Long> stored = Rows.answersPerMessage(db);
            assertThat(ackedTs)
                    .allSatisfy(ts -> assertThat(stored.get(ts))
                            .as("acknowledged reply %s", ts)
                            .isEqualTo(1L));
        }

        // and it restarts (backfill at start), then stops on SIGTERM
        Process second = child("second");
        awaitReady(second, "second");
        second.destroy();
        assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
        // then backfill stored every other reply, once, and every reply has one score
        try (Database db = Database.h2File(dir.resolve("data"))) {
            Map<String, Long> stored = Rows.answersPerMessage(db);
            assertThat(stored)
                    .hasSize(REPLIES)
                    .allSatisfy((ts, copies) -> assertThat(copies).isEqualTo(1L));
            assertThat(Rows.count(db, "select count(*) from scores")).isEqualTo(REPLIES);
            assertThat(Rows.count(db, "select count(distinct answer_id) from scores where current_score"))
                    .isEqualTo(REPLIES);
        }
        Map<String, Long> feedbackPerReply = fake.calls("reactions.add").stream()
                .collect(Collectors.groupingBy(call -> call.param("timestamp"), Collectors.counting()));
        assertThat(feedbackPerReply)
                .as("feedback sent at most once per reply")
                .allSatisfy((ts, n) -> assertThat(n).isEqualTo(1L));
    }

    private Process child(String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        File log = dir.resolve(name + ".log").toFile();
        Process process = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        classpath,
                        AnswerPathProcess.class.getName(),
                        dir.resolve("data").toString(),
                        fake.settings().apiBaseUrl(),
                        FakeSlack.TEAM,
                        CHANNEL)
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
        children.add(process);
        return process;
    }

    private void awaitReady(Process process, String name) {
        Path log = dir.resolve(name + ".log");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " child exited: " + Files.readString(log));
            }
            return Files.readString(log).contains(AnswerPathProcess.READY);
        });
    }
}
