package dev.mledrill.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.mledrill.app.Stores;
import dev.mledrill.chat.AnswerMode;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.Chats;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.FollowUp;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.PrivateAnswers;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.RevealMode;
import dev.mledrill.chat.UserRef;
import dev.mledrill.followup.FollowUpLoader;
import dev.mledrill.followup.ProbeWriter;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcProbeStore;
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
 * The follow-up through the drill service on H2, with a scorer that scores by length (so an answer plus its reply
 * always scores higher) and leaves "evidence" below half: every first answer is probed on it.
 */
class FollowUpFlowTest {
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final UserRef ALICE = new UserRef(Platform.SLACK, "T1", "U1");
    private static final Instant POSTED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant CLOSES = POSTED.plus(Duration.ofHours(24));
    private static final List<Question> BANK = List.of(TestScores.question("q1", "vision"));

    private Database db;
    private ExecutorService executor;
    private final RecordingChat chat = new RecordingChat(Platform.SLACK);

    @BeforeEach
    void open() {
        db = Database.h2InMemory("follow-ups-" + System.nanoTime());
        executor = Executors.newSingleThreadExecutor();
        TestPosts.posted(db, CHANNEL, "q1", "T100", POSTED, CLOSES);
    }

    @AfterEach
    void close() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        db.close();
    }

    private DrillService service(boolean followUp) {
        return service(new ChannelSettings(
                CHANNEL,
                "drills",
                "0 0 9 ? * MON-FRI",
                ZoneOffset.UTC,
                Map.of(),
                Set.of(),
                Optional.empty(),
                FeedbackMode.THREAD,
                true,
                true,
                List.of(),
                ProgressOptions.DEFAULTS,
                followUp));
    }

    private DrillService service(ChannelSettings settings) {
        var ds = db.dataSource();
        DrillStores stores = Stores.drillStores(ds);
        FollowUps followUps = new FollowUps(
                new JdbcProbeStore(ds),
                new ProbeWriter(() -> FollowUpLoader.load(Path.of("config", "follow-ups.yaml"))),
                List.of(settings));
        return new DrillService(
                stores,
                () -> BANK,
                new TestScores.RecordingScorer(),
                (u, c) -> new StreakSummary(1, 1, 0, 2),
                new Chats().register(chat),
                List.of(settings),
                executor,
                Clock.fixed(POSTED.plusSeconds(600), ZoneOffset.UTC),
                followUps);
    }

    private static ChatEvent.AnswerPosted reply(String messageId, String text, Instant at) {
        return new ChatEvent.AnswerPosted("ev-" + messageId, CHANNEL, "T100", messageId, ALICE, "Alice", text, at);
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.connection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    @DisplayName(
            "the terminal path: the answer comes back with its probe, the reply is scored with it once, a second reply is refused")
    void synchronousProbeAndReply() throws Exception {
        DrillService drill = service(true);

        ScoredAnswer scored = drill.answer(
                ALICE, "Alice", CHANNEL, "T100", "We cut latency from 48 to 21 ms.", POSTED.plusSeconds(60));

        assertThat(scored.probe()).isPresent();
        assertThat(count("select count(*) from answer_probes where criterion = '" + Criterion.EVIDENCE.id() + "'"))
                .isEqualTo(1);

        ScoredAnswer combined = drill.replyToProbe(
                ALICE, CHANNEL, "T100", "Measured on a Pixel 7 over 500 frames.", POSTED.plusSeconds(120));

        FollowUp.Answered result = (FollowUp.Answered) combined.followUp().orElseThrow();
        assertThat(result.counts()).isTrue();
        assertThat(result.combined()).isGreaterThan(result.own());
        assertThat(count("select count(*) from scores where current_score and with_probe"))
                .isEqualTo(1);
        assertThatThrownBy(() -> drill.replyToProbe(ALICE, CHANNEL, "T100", "again", POSTED.plusSeconds(130)))
                .isInstanceOf(AnswerRejected.class)
                .hasMessageContaining("No follow-up is waiting");
    }

    @Test
    @DisplayName("the probed answer redelivered after its probe was asked is a duplicate, not the probe's reply")
    void redeliveredAnswerIsNotTheReply() throws Exception {
        DrillService drill = service(true);
        ChatEvent.AnswerPosted answer = reply("M1", "We cut latency from 48 to 21 ms.", POSTED.plusSeconds(60));

        drill.accept(answer);
        await().until(() -> count("select count(*) from answer_probes") == 1);
        Receipt again = drill.accept(answer);

        assertThat(again).isInstanceOf(Receipt.Duplicate.class);
        assertThat(count("select count(*) from answer_probes where reply_text is not null"))
                .isZero();
        assertThat(count("select count(*) from scores")).isEqualTo(1);
    }

    private DrillService privateService() {
        return service(new ChannelSettings(
                CHANNEL,
                "drills",
                "0 0 9 ? * MON-FRI",
                ZoneOffset.UTC,
                Map.of(),
                Set.of(),
                Optional.empty(),
                FeedbackMode.THREAD,
                true,
                true,
                List.of(),
                ProgressOptions.DEFAULTS,
                true,
                AnswerMode.PRIVATE,
                RevealMode.TOP3));
    }

    private String probeText() throws Exception {
        try (Connection c = db.connection();
                ResultSet rs = c.createStatement().executeQuery("select probe_text from answer_probes")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    @DisplayName(
            "a private answer is probed; its reply comes from the follow-up form, not the thread, and is scored with it once")
    void privateAnswersAreProbedAndRepliedInTheForm() throws Exception {
        // given: a private answer, probed, and a thread reply after it
        DrillService drill = privateService();
        PrivateAnswers form = drill.privateAnswers();
        form.submit(
                "ev-A", CHANNEL, "T100", ALICE, "Alice", "We cut latency from 48 to 21 ms.", POSTED.plusSeconds(60));
        await().until(() -> chat.feedback.size() == 1);
        assertThat(chat.feedback.get(0).probeInForm()).isTrue();
        assertThat(chat.feedback.get(0).probeMarkdown())
                .hasValueSatisfying(md -> assertThat(md).contains("Reply to follow-up"));
        Receipt inThread = drill.accept(reply("M2", "Measured on a Pixel 7 over 500 frames.", POSTED.plusSeconds(90)));
        await().until(() -> chat.feedback.size() == 2);
        assertThat(inThread).isInstanceOf(Receipt.Stored.class);
        assertThat(count("select count(*) from answers")).isEqualTo(2);
        assertThat(count("select count(*) from answer_probes where reply_message_id is null"))
                .isEqualTo(1);

        // when: the form opens on the probe, refuses an empty reply, then takes one
        PrivateAnswers.Draft draft = form.followUp(CHANNEL, "T100", ALICE, POSTED.plusSeconds(100));
        Receipt empty = form.replyToFollowUp("ev-R0", CHANNEL, "T100", ALICE, " \u200B ", POSTED.plusSeconds(110));
        Receipt replied = form.replyToFollowUp(
                "ev-R1", CHANNEL, "T100", ALICE, "Measured on a Pixel 7 over 500 frames.", POSTED.plusSeconds(120));
        await().until(() -> chat.feedback.size() == 3);

        // then
        assertThat(draft).isEqualTo(new PrivateAnswers.Draft.Fresh(probeText()));
        assertThat(empty).isInstanceOf(Receipt.Rejected.class);
        assertThat(replied).isInstanceOf(Receipt.Stored.class);
        assertThat(count("select count(*) from answer_probes where reply_message_id = '"
                        + PrivateAnswers.followUpReplyId("T100", ALICE)
                        + "' and reply_text like 'Measured on a Pixel 7%'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from scores where with_probe")).isEqualTo(1);
        assertThat(chat.feedback.get(2).probeResult()).isPresent();
        assertThat(count("select count(*) from answers")).isEqualTo(2);
        Receipt again = form.replyToFollowUp("ev-R2", CHANNEL, "T100", ALICE, "again", POSTED.plusSeconds(130));
        assertThat(again).isEqualTo(new Receipt.Rejected(PrivateAnswers.FOLLOW_UP_ANSWERED));
        assertThat(form.followUp(CHANNEL, "T100", ALICE, POSTED.plusSeconds(130)))
                .isEqualTo(new PrivateAnswers.Draft.Refused(PrivateAnswers.FOLLOW_UP_ANSWERED));
        assertThat(count("select count(*) from scores where with_probe")).isEqualTo(1);
    }

    @Test
    @DisplayName("after the window closed the follow-up form neither opens nor takes a reply")
    void privateFollowUpAfterTheClose() throws Exception {
        DrillService drill = privateService();
        PrivateAnswers form = drill.privateAnswers();
        form.submit(
                "ev-A", CHANNEL, "T100", ALICE, "Alice", "We cut latency from 48 to 21 ms.", POSTED.plusSeconds(60));
        await().until(() -> chat.feedback.size() == 1);

        PrivateAnswers.Draft draft = form.followUp(CHANNEL, "T100", ALICE, CLOSES.plusSeconds(1));
        Receipt late =
                form.replyToFollowUp("ev-R1", CHANNEL, "T100", ALICE, "Measured on a Pixel 7.", CLOSES.plusSeconds(1));

        assertThat(draft).isEqualTo(new PrivateAnswers.Draft.Refused(PrivateAnswers.FOLLOW_UP_CLOSED));
        assertThat(late).isEqualTo(new Receipt.Rejected(PrivateAnswers.FOLLOW_UP_CLOSED));
        assertThat(count("select count(*) from answer_probes where reply_message_id is null"))
                .isEqualTo(1);
        assertThat(count("select count(*) from answers")).isEqualTo(1);
    }

    @Test
    @DisplayName("in a thread-answer channel the follow-up form is refused: the reply goes in the thread")
    void threadChannelsHaveNoFollowUpForm() throws Exception {
        DrillService drill = service(true);
        drill.accept(reply("M1", "We cut latency from 48 to 21 ms.", POSTED.plusSeconds(60)));
        await().until(() -> chat.feedback.size() == 1);

        Receipt receipt = drill.privateAnswers()
                .replyToFollowUp("ev-R1", CHANNEL, "T100", ALICE, "Measured.", POSTED.plusSeconds(120));

        assertThat(receipt).isInstanceOf(Receipt.Rejected.class);
        assertThat(chat.feedback.get(0).probeInForm()).isFalse();
        assertThat(count("select count(*) from answer_probes where reply_message_id is null"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("with follow_up off no probe is asked and a second reply is a second answer")
    void offMeansNoProbe() throws Exception {
        DrillService drill = service(false);

        drill.accept(reply("M1", "We cut latency from 48 to 21 ms.", POSTED.plusSeconds(60)));
        await().until(() -> chat.feedback.size() == 1);
        drill.accept(reply("M2", "And battery drain fell 20 %.", POSTED.plusSeconds(120)));
        await().until(() -> chat.feedback.size() == 2);

        assertThat(chat.feedback).allSatisfy(f -> assertThat(f.followUp()).isEmpty());
        assertThat(count("select count(*) from answer_probes")).isZero();
        assertThat(count("select count(*) from answers")).isEqualTo(2);
    }

    @Test
    @DisplayName("a reply after the window is an ordinary late answer, not the probe's reply")
    void replyAfterTheWindowIsLate() throws Exception {
        DrillService drill = service(true);
        drill.accept(reply("M1", "We cut latency from 48 to 21 ms.", POSTED.plusSeconds(60)));
        await().until(() -> chat.feedback.size() == 1);
        assertThat(chat.feedback.get(0).probe()).isPresent();

        Receipt receipt = drill.accept(reply("M2", "Measured on a Pixel 7.", CLOSES.plusSeconds(1)));

        assertThat(receipt).isInstanceOf(Receipt.Stored.class);
        assertThat(count("select count(*) from answers where late")).isEqualTo(1);
        assertThat(count("select count(*) from answer_probes where reply_message_id is null"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName(
            "an edit of the answer after the reply is scored alone, then with the reply again, and the better counts")
    void editAfterReplyRescoresCombined() throws Exception {
        DrillService drill = service(true);
        drill.accept(reply("M1", "We cut latency from 48 to 21 ms.", POSTED.plusSeconds(60)));
        await().until(() -> chat.feedback.size() == 1);
        drill.accept(reply("R1", "Measured on a Pixel 7 over 500 frames.", POSTED.plusSeconds(120)));
        await().until(() -> chat.feedback.size() == 2);
        assertThat(chat.feedback.get(1).probeResult()).isPresent();

        drill.accept(new ChatEvent.AnswerEdited(
                "ev-E1",
                CHANNEL,
                "T100",
                "M1",
                ALICE,
                "We cut latency from 48 to 21 ms on the NPU.",
                POSTED.plusSeconds(180)));
        await().until(() -> count("select count(*) from scores where revision = 1 and with_probe") == 1);

        assertThat(count("select count(*) from scores where current_score and revision = 1 and with_probe"))
                .isEqualTo(1);
        assertThat(count("select count(*) from answers")).isEqualTo(1);
        Receipt edit = drill.accept(new ChatEvent.AnswerEdited(
                "ev-E2", CHANNEL, "T100", "R1", ALICE, "changed reply", POSTED.plusSeconds(200)));
        assertThat(edit).isInstanceOf(Receipt.Ignored.class);
    }
}
