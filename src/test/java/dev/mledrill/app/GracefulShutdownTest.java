package dev.mledrill.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.slack.FakeSlack;
import dev.mledrill.drill.TestScores;
import dev.mledrill.store.Database;
import dev.mledrill.store.TestPosts;
import dev.mledrill.testing.Rows;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping the answer path (real Slack adapter, H2 file database) in the middle of a burst of replies. */
class GracefulShutdownTest {
    private static final String CHANNEL = "C0DRILLS";
    private static final String THREAD = "1764000000.000100";
    private static final int REPLIES = 100;

    @TempDir
    Path dir;

    private FakeSlack fake;

    @BeforeEach
    void postQuestion() {
        fake = FakeSlack.start();
        Instant now = Instant.now();
        try (Database db = Database.h2File(dir)) {
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
        fake.close();
    }

    @Test
    @DisplayName("closing during a burst scores every answer it acknowledged before the database closes")
    void closeDuringBurstScoresEveryAcknowledgedAnswer() throws SQLException {
        // given the answer path with one scoring thread, so scoring lags behind storing
        SlackAnswerPath path = SlackAnswerPath.start(
                dir,
                fake.settings(),
                new ChannelRef(Platform.SLACK, FakeSlack.TEAM, CHANNEL),
                new TestScores.RecordingScorer(),
                1,
                Clock.systemUTC());
        fake.awaitConnected();
        List<FakeSlack.Delivery> sent = new ArrayList<>();
        for (int i = 0; i < REPLIES; i++) {
            sent.add(fake.keptThreadReply(
                    CHANNEL, THREAD, "U" + (i % 30), "Latency fell from 110 ms to 82 ms, reply " + i));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> fake.ackCount() >= REPLIES / 5);

        // when
        path.close();

        // then
        Set<String> acked = sent.stream()
                .filter(d -> fake.acked(d.envelopeId()))
                .map(FakeSlack.Delivery::ts)
                .collect(Collectors.toSet());
        try (Database db = Database.h2File(dir)) {
            Set<String> scored = Rows.strings(
                    db,
                    "select a.platform_message_id from answers a"
                            + " where exists (select 1 from scores s where s.answer_id = a.id and s.current_score)");
            assertThat(scored).containsAll(acked);
            assertThat(Rows.count(
                            db,
                            "select count(*) from answers a"
                                    + " where not exists (select 1 from scores s where s.answer_id = a.id)"))
                    .isZero();
        }
    }
}
