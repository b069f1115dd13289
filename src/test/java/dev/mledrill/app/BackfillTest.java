package dev.mledrill.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.slack.FakeSlack;
import dev.mledrill.drill.Backfill;
import dev.mledrill.drill.TestScores;
import dev.mledrill.store.Database;
import dev.mledrill.store.TestPosts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backfill at start through the real Slack adapter against {@link FakeSlack}, with a real H2 file database. */
class BackfillTest {
    private static final String CHANNEL = "C0DRILLS";
    private static final ChannelRef CHANNEL_REF = new ChannelRef(Platform.SLACK, FakeSlack.TEAM, CHANNEL);
    private static final String THREAD = "1764000000.000100";
    private static final String OLD_THREAD = "1763000000.000100";
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    private FakeSlack fake;
    private SlackAnswerPath path;

    @BeforeEach
    void postQuestions() {
        fake = FakeSlack.start();
        Instant now = CLOCK.instant();
        try (Database db = Database.h2File(dir)) {
            TestPosts.posted(
                    db, CHANNEL_REF, "q1", THREAD, now.minus(Duration.ofHours(2)), now.plus(Duration.ofHours(20)));
            TestPosts.posted(
                    db, CHANNEL_REF, "q1", OLD_THREAD, now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8)));
        }
    }

    @AfterEach
    void stop() {
        if (path != null) {
            path.close();
        }
        fake.close();
    }

    private void startService() {
        if (path != null) {
            path.close();
        }
        path = SlackAnswerPath.start(dir, fake.settings(), CHANNEL_REF, new TestScores.RecordingScorer(), 2, CLOCK);
        fake.awaitConnected();
    }

    @Test
    @DisplayName("replies written while the service was down are stored and scored once at start, each with feedback")
    void repliesFromDowntimeAreStoredAndScored() throws SQLException {
        // given three replies and a bot's message in the thread that were never delivered as events
        fake.addThreadMessage(
                CHANNEL, THREAD, "U1ANA", null, "Preview latency fell from 110 ms to 82 ms on a Pixel 7.");
        fake.addThreadMessage(
                CHANNEL, THREAD, "U2BEN", null, "INT8 with per-channel scales kept accuracy within 0.4 points.");
        fake.addThreadMessage(CHANNEL, THREAD, "U3CAI", null, "Battery per session went from 3% to 2%.");
        fake.addThreadMessage(CHANNEL, THREAD, null, "B0OTHER", "a bot chiming in");

        // when
        startService();

        // then
        assertThat(count("select count(*) from answers")).isEqualTo(3);
        assertThat(count("select count(distinct platform_message_id) from answers"))
                .isEqualTo(3);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> count("select count(*) from scores where current_score") == 3);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> fake.calls("reactions.add").size() == 3);
        assertThat(fake.calls("chat.postEphemeral")).hasSize(3);
        assertThat(count("select count(*) from answers where late")).isZero();
    }

    @Test
    @DisplayName("running backfill a second time stores nothing new and sends no second feedback")
    void secondBackfillStoresNothing() throws SQLException {
        // given
        fake.addThreadMessage(CHANNEL, THREAD, "U1ANA", null, "Preview latency fell from 110 ms to 82 ms.");
        fake.addThreadMessage(CHANNEL, THREAD, "U2BEN", null, "Accuracy held within 0.4 points.");
        startService();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> fake.calls("reactions.add").size() == 2);

        // when
        Backfill.Report again = path.recovery.run();

        // then
        assertThat(again.replies()).isEqualTo(2);
        assertThat(again.stored()).isZero();
        assertThat(again.duplicates()).isEqualTo(2);
        path.drill.drain(Duration.ofSeconds(10));
        assertThat(count("select count(*) from answers")).isEqualTo(2);
        assertThat(count("select count(*) from scores")).isEqualTo(2);
        assertThat(fake.calls("reactions.add")).hasSize(2);
    }

    @Test
    @DisplayName("a reply already stored from its live event is not stored again by backfill")
    void liveReplyIsNotBackfilledTwice() throws SQLException {
        // given a reply that arrived live and is also in the thread
        startService();
        FakeSlack.Delivery live =
                fake.keptThreadReply(CHANNEL, THREAD, "U1ANA", "Cut time-to-first-token from 900 ms to 400 ms.");
        fake.awaitAck(live.envelopeId());

        // when
        Backfill.Report report = path.recovery.run();

        // then
        assertThat(report.replies()).isEqualTo(1);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(count("select count(*) from answers where platform_message_id = '" + live.ts() + "'"))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from scores") == 1);
    }

    @Test
    @DisplayName(
            "a thread whose window closed long ago is not read, and a thread Slack refuses to return is retried next start")
    void oldThreadsSkippedAndFailuresCounted() {
        // given Slack refusing the open thread once
        fake.addThreadMessage(CHANNEL, OLD_THREAD, "U1ANA", null, "an answer to last week's question");
        fake.failNext("conversations.replies", "ratelimited_forever");

        // when
        startService();
        Backfill.Report retried = path.recovery.run();

        // then
        assertThat(fake.calls("conversations.replies"))
                .hasSize(2)
                .allSatisfy(call -> assertThat(call.param("ts")).isEqualTo(THREAD));
        assertThat(retried.failedThreads()).isZero();
        assertThat(retried.threads()).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "an answer edited while the service was down is rescored as an edit; one deleted then is withdrawn; a second run changes nothing")
    void editsAndDeletionsFromDowntime() throws SQLException {
        // given two answers stored live, then edited and deleted while the service was down
        startService();
        FakeSlack.Delivery kept = fake.keptThreadReply(CHANNEL, THREAD, "U1ANA", "It got faster.");
        FakeSlack.Delivery gone = fake.keptThreadReply(CHANNEL, THREAD, "U2BEN", "Accuracy held within 0.4 points.");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> fake.calls("reactions.add").size() == 2);
        path.close();
        fake.editThreadMessage(CHANNEL, THREAD, kept.ts(), "Preview latency fell from 110 ms to 82 ms on a Pixel 7.");
        fake.removeThreadMessage(CHANNEL, THREAD, gone.ts());

        // when
        startService();
        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from scores") == 3);
        Backfill.Report again = path.recovery.run();

        // then
        assertThat(body(kept.ts())).isEqualTo("Preview latency fell from 110 ms to 82 ms on a Pixel 7.");
        assertThat(count("select revision from answers where platform_message_id = '" + kept.ts() + "'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from answers where withdrawn_at is not null and platform_message_id = '"
                        + gone.ts() + "'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from scores where current_score")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> fake.calls("chat.postEphemeral").size() == 3);
        assertThat(fake.calls("chat.postEphemeral").get(2).param("text")).containsIgnoringCase("rescored");
        assertThat(again.edited()).isZero();
        assertThat(again.withdrawn()).isZero();
        assertThat(again.duplicates()).isEqualTo(1);
        path.drill.drain(Duration.ofSeconds(10));
        assertThat(count("select count(*) from answer_edits")).isEqualTo(1);
        assertThat(fake.calls("chat.postEphemeral")).hasSize(3);
    }

    @Test
    @DisplayName("an answer recorded by hand with `answer` is never taken for a deleted message")
    void handRecordedAnswerIsNotWithdrawn() throws SQLException {
        // given
        startService();
        path.drill.answer(
                new dev.mledrill.chat.UserRef(Platform.SLACK, FakeSlack.TEAM, "U1ANA"),
                "Ana",
                CHANNEL_REF,
                THREAD,
                "Preview latency fell from 110 ms to 82 ms.",
                CLOCK.instant());

        // when
        Backfill.Report report = path.recovery.run();

        // then
        assertThat(report.withdrawn()).isZero();
        assertThat(count("select count(*) from answers where withdrawn_at is null"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName(
            "a practice answer written in the DM thread while the service was down is stored as practice and scored")
    void practiceThreadFromDowntime() throws SQLException {
        // given a practice question sent before the stop, answered while down
        startService();
        var session = path.drill.practice(
                new dev.mledrill.chat.UserRef(Platform.SLACK, FakeSlack.TEAM, "U1ANA"),
                CHANNEL_REF,
                path.drill.questions().iterator().next());
        path.close();
        String answer = fake.addThreadMessage(
                "DU1ANA",
                session.threadId(),
                "U1ANA",
                null,
                "INT8 kept accuracy within 0.4 points and cut latency from 110 ms to 82 ms.");

        // when
        startService();

        // then
        assertThat(count("select count(*) from answers where practice and platform_message_id = '" + answer + "'"))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from scores") == 1);
        assertThat(fake.calls("conversations.replies"))
                .anySatisfy(call -> assertThat(call.param("channel")).isEqualTo("DU1ANA"));
    }

    private String body(String ts) throws SQLException {
        try (Connection c = path.database.connection();
                ResultSet rs = c.createStatement()
                        .executeQuery("select body from answers where platform_message_id = '" + ts + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = path.database.connection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
