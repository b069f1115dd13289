package dev.mledrill.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.app.Stores;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.Chats;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.followup.FollowUpLoader;
import dev.mledrill.followup.ProbeWriter;
import dev.mledrill.question.Question;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcProbeStore;
import dev.mledrill.store.JdbcQuestionThreads;
import dev.mledrill.store.TestPosts;
import dev.mledrill.streak.StreakSummary;
import dev.mledrill.testing.RecordingChat;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The follow-up answered in the DM its feedback went to (feedback mode {@code dm}), through the drill service on H2,
 * with a scorer that leaves "evidence" below half (every first answer is probed) and scores longer texts higher.
 */
class DmFollowUpFlowTest {
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final UserRef ALICE = new UserRef(Platform.SLACK, "T1", "U1");
    private static final String DM = RecordingChat.dmChannel(ALICE);
    private static final Instant POSTED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant CLOSES = POSTED.plus(Duration.ofHours(24));
    private static final List<Question> BANK = List.of(TestScores.question("q1", "vision"));
    private static final ChannelSettings SETTINGS = new ChannelSettings(
            CHANNEL,
            "drills",
            "0 0 9 ? * MON-FRI",
            ZoneOffset.UTC,
            Map.of(),
            Set.of(),
            Optional.empty(),
            FeedbackMode.DM,
            true,
            true,
            List.of(),
            ProgressOptions.DEFAULTS,
            true);

    private Database db;
    private ExecutorService executor;
    private final RecordingChat chat = new RecordingChat(Platform.SLACK);
    private DrillService drill;

    @BeforeEach
    void open() {
        db = Database.h2InMemory("dm-follow-ups-" + System.nanoTime());
        executor = Executors.newSingleThreadExecutor();
        TestPosts.posted(db, CHANNEL, "q1", "T100", POSTED, CLOSES);
        var ds = db.dataSource();
        DrillStores stores = Stores.drillStores(ds);
        FollowUps followUps = new FollowUps(
                new JdbcProbeStore(ds),
                new ProbeWriter(() -> FollowUpLoader.load(Path.of("config", "follow-ups.yaml"))),
                List.of(SETTINGS));
        drill = new DrillService(
                stores,
                () -> BANK,
                new TestScores.RecordingScorer(),
                (u, c) -> new StreakSummary(1, 1, 0, 2),
                new Chats().register(chat),
                List.of(SETTINGS),
                executor,
                Clock.fixed(POSTED.plusSeconds(600), ZoneOffset.UTC),
                followUps);
    }

    @AfterEach
    void close() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        db.close();
    }

    private static ChatEvent.AnswerPosted inThread(String messageId, String text, Instant at) {
        return new ChatEvent.AnswerPosted("ev-" + messageId, CHANNEL, "T100", messageId, ALICE, "Alice", text, at);
    }

    /** A plain message in the DM (its thread is itself, as a Slack top-level message), or one replying to {@code repliesTo}. */
    private static ChatEvent.AnswerPosted inDm(String messageId, String repliesTo, String text, Instant at) {
        return new ChatEvent.AnswerPosted(
                "ev-" + messageId,
                new ChannelRef(Platform.SLACK, "T1", DM),
                repliesTo == null ? messageId : repliesTo,
                messageId,
                ALICE,
                "Alice",
                text,
                at,
                Optional.of(new ChatEvent.Direct(DM, repliesTo)));
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.connection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void probedByDm() throws Exception {
        drill.accept(inThread("M1", "We cut latency from 48 to 21 ms.", POSTED.plusSeconds(60)));
        await().until(() -> count("select count(*) from answer_probes where feedback_dm_channel = '" + DM + "'") == 1);
        assertThat(chat.feedback)
                .singleElement()
                .satisfies(f -> assertThat(f.probe()).isPresent());
    }

    @Test
    @DisplayName(
            "the next message in the DM is the probe's reply: stored with the probe, scored with the answer, its feedback by DM")
    void replyInTheDm() throws Exception {
        probedByDm();

        Receipt receipt =
                drill.accept(inDm("R1", null, "Measured on a Pixel 7 over 500 frames.", POSTED.plusSeconds(120)));

        assertThat(receipt).isInstanceOf(Receipt.Stored.class);
        await().until(() -> chat.feedback.size() == 2);
        assertThat(chat.feedback.get(1).probeResult()).isPresent();
        assertThat(chat.feedback.get(1).mode()).isEqualTo(FeedbackMode.DM);
        assertThat(count("select count(*) from answer_probes where reply_message_id = 'R1'"
                        + " and reply_text = 'Measured on a Pixel 7 over 500 frames.'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from scores where current_score and with_probe"))
                .isEqualTo(1);
        assertThat(count("select count(*) from answers")).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "a redelivered DM reply is a duplicate, a second one is told the reply is in, an edit of the reply is ignored")
    void redeliveredSecondAndEditedReplies() throws Exception {
        probedByDm();
        ChatEvent.AnswerPosted reply =
                inDm("R1", "dm1", "Measured on a Pixel 7 over 500 frames.", POSTED.plusSeconds(120));
        drill.accept(reply);
        await().until(() -> chat.feedback.size() == 2);

        Receipt redelivered = drill.accept(new ChatEvent.AnswerPosted(
                "ev-again",
                reply.channel(),
                reply.threadId(),
                reply.messageId(),
                ALICE,
                "Alice",
                reply.text(),
                reply.at(),
                reply.direct()));
        Receipt second = drill.accept(inDm("R2", null, "And battery drain fell 20 %.", POSTED.plusSeconds(180)));
        Receipt edit = drill.accept(new ChatEvent.AnswerEdited(
                "ev-E1", reply.channel(), "dm1", "R1", ALICE, "changed", POSTED.plusSeconds(200)));

        assertThat(redelivered).isInstanceOf(Receipt.Duplicate.class);
        assertThat(second).isEqualTo(new Receipt.Rejected(FollowUps.ALREADY_REPLIED));
        assertThat(edit).isInstanceOf(Receipt.Ignored.class);
        assertThat(count("select count(*) from answer_probes where reply_message_id = 'R1'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from scores where with_probe")).isEqualTo(1);
        assertThat(count("select count(*) from answers")).isEqualTo(1);
        assertThat(chat.feedback).hasSize(2);
    }

    @Test
    @DisplayName("a DM reply after the window is told, once, that the window closed; the probe stays unanswered")
    void replyAfterTheWindow() throws Exception {
        probedByDm();

        Receipt late = drill.accept(inDm("L1", null, "Measured on a Pixel 7.", CLOSES.plusSeconds(1)));
        Receipt lateAgain = drill.accept(inDm("L1", null, "Measured on a Pixel 7.", CLOSES.plusSeconds(1)));
        Receipt next = drill.accept(inDm("L2", null, "hello?", CLOSES.plusSeconds(60)));

        assertThat(late).isEqualTo(new Receipt.Rejected(FollowUps.WINDOW_CLOSED));
        assertThat(lateAgain).isInstanceOf(Receipt.Duplicate.class);
        assertThat(next).isInstanceOf(Receipt.Ignored.class);
        assertThat(count("select count(*) from answer_probes where reply_message_id is null"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("a reply in the question's thread still counts when the feedback went by DM")
    void replyInTheThreadStillCounts() throws Exception {
        probedByDm();

        Receipt receipt =
                drill.accept(inThread("R1", "Measured on a Pixel 7 over 500 frames.", POSTED.plusSeconds(120)));

        assertThat(receipt).isInstanceOf(Receipt.Stored.class);
        await().until(() -> count("select count(*) from scores where with_probe") == 1);
        assertThat(count("select count(*) from answer_probes where reply_message_id = 'R1'"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName(
            "a DM message replying to another message, or after a practice question was sent into the DM, is no probe reply")
    void otherDmMessagesAreNotTheReply() throws Exception {
        probedByDm();

        Receipt toAnother =
                drill.accept(inDm("X1", "some-other-message", "an answer elsewhere", POSTED.plusSeconds(120)));
        new JdbcQuestionThreads(db.dataSource())
                .recordPractice(
                        ALICE, Optional.of(CHANNEL), new PostedMessage("PQ", DM), "q1", POSTED.plusSeconds(700));
        Receipt practice = drill.accept(new ChatEvent.AnswerPosted(
                "ev-P1",
                new ChannelRef(Platform.SLACK, "T1", DM),
                DM,
                "P1",
                ALICE,
                "Alice",
                "My practice answer: 48 to 21 ms.",
                POSTED.plusSeconds(800),
                Optional.of(new ChatEvent.Direct(DM, null))));

        assertThat(toAnother).isInstanceOf(Receipt.Ignored.class);
        assertThat(practice).isInstanceOf(Receipt.Stored.class);
        assertThat(count("select count(*) from answers where practice_session_id is not null"))
                .isEqualTo(1);
        assertThat(count("select count(*) from answer_probes where reply_message_id is null"))
                .isEqualTo(1);
    }
}
