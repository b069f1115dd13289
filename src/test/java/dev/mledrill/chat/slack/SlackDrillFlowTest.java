package dev.mledrill.chat.slack;

import static dev.mledrill.chat.slack.SlackSamples.CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.chat.FeedbackMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Slack end to end with the real core ({@link RealCore}): Bolt's client against {@link FakeSlack},
 * the real drill service and rubric scorer on an in-memory H2 database migrated by Flyway.
 */
class SlackDrillFlowTest {
    private static final Instant POSTED_AT = Instant.ofEpochSecond(1_764_000_000L - 60);

    private RealCore core;
    private SlackHarness slack;
    private FakeSlack fake;
    private String thread;

    @BeforeEach
    void start() {
        core = new RealCore(
                List.of(SlackSamples.settings(FeedbackMode.EPHEMERAL, List.of())),
                List.of(SlackSamples.question()),
                SlackHarness.CLOCK);
        slack = new SlackHarness(core);
        fake = slack.fake;
        thread = core.postDrill(slack, POSTED_AT);
    }

    @AfterEach
    void stop() throws InterruptedException {
        slack.close();
        core.close();
    }

    private long count(String sql) {
        return core.count(sql);
    }

    @Test
    @DisplayName(
            "a threaded answer is stored, scored, and its feedback reaches the answerer in the thread with a reaction")
    void answerStoredScoredAndFedBack() {
        // when
        FakeSlack.Delivery answer =
                fake.threadReply(CHANNEL, thread, "U1ANA", "Shutter lag fell from 110 ms to 82 ms on a Pixel 7.");

        // then
        fake.awaitAck(answer.envelopeId());
        assertThat(count("select count(*) from answers where platform_message_id = '" + answer.ts() + "'"))
                .isEqualTo(1);
        FakeSlack.ApiCall feedback = fake.awaitCall("chat.postEphemeral");
        assertThat(count("select count(*) from scores where current_score")).isEqualTo(1);
        assertThat(feedback.param("channel")).isEqualTo(CHANNEL);
        assertThat(feedback.param("user")).isEqualTo("U1ANA");
        assertThat(feedback.param("thread_ts")).isEqualTo(thread);
        assertThat(feedback.param("text"))
                .startsWith("Feedback on your answer:\n*")
                .contains("Streak: 1 day (longest 1)");
        FakeSlack.ApiCall reaction = fake.awaitCall("reactions.add");
        assertThat(reaction.param("timestamp")).isEqualTo(answer.ts());
        assertThat(reaction.param("channel")).isEqualTo(CHANNEL);
    }

    @Test
    @DisplayName("an edited answer is rescored and the new feedback says so")
    void editIsRescored() {
        // given
        FakeSlack.Delivery answer = fake.threadReply(CHANNEL, thread, "U1ANA", "short");
        fake.awaitCall("chat.postEphemeral");

        // when
        FakeSlack.Delivery edit = fake.edit(
                CHANNEL,
                thread,
                answer.ts(),
                "U1ANA",
                "short",
                "Shutter lag fell from 110 ms to 82 ms on a Pixel 7, accuracy within 0.5 % of FP32.");

        // then
        fake.awaitAck(edit.envelopeId());
        await().until(() -> fake.calls("chat.postEphemeral").size() == 2);
        assertThat(fake.calls("chat.postEphemeral").get(1).param("text"))
                .contains("Feedback on your answer, rescored after your edit:");
        assertThat(count("select count(*) from scores")).isEqualTo(2);
        assertThat(count("select count(*) from scores where current_score")).isEqualTo(1);
        assertThat(core.scoredTexts).last().asString().contains("within 0.5 %");
    }

    @Test
    @DisplayName("a deleted answer is withdrawn from scores")
    void deletionWithdraws() {
        // given
        FakeSlack.Delivery answer = fake.threadReply(CHANNEL, thread, "U1ANA", "an answer I regret");
        fake.awaitCall("chat.postEphemeral");

        // when
        FakeSlack.Delivery deletion = fake.delete(CHANNEL, thread, answer.ts(), "U1ANA", "an answer I regret");

        // then
        fake.awaitAck(deletion.envelopeId());
        assertThat(count("select count(*) from answers where withdrawn_at is not null and platform_message_id = '"
                        + answer.ts() + "'"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("a redelivered envelope (retry_attempt 1) is stored and scored once")
    void redeliveryStoredOnce() {
        // given
        var event = fake.message(CHANNEL, fake.nextTs(), "Latency from 110 ms to 82 ms.")
                .put("user", "U1ANA")
                .put("thread_ts", thread);
        FakeSlack.Delivery first = fake.sendEvent(event, 0, null);
        fake.awaitAck(first.envelopeId());

        // when
        FakeSlack.Delivery again = fake.redeliver(first, event, 1);

        // then
        fake.awaitAck(again.envelopeId());
        fake.awaitCall("chat.postEphemeral");
        assertThat(count("select count(*) from answers")).isEqualTo(1);
        assertThat(count("select count(*) from processed_events")).isGreaterThanOrEqualTo(1);
        await().during(Duration.ofMillis(300))
                .until(() -> fake.calls("chat.postEphemeral").size() == 1);
        assertThat(count("select count(*) from scores")).isEqualTo(1);
    }

    @Test
    @DisplayName("an empty answer is not stored and its author is told why, privately")
    void emptyAnswerRefused() {
        // when
        FakeSlack.Delivery answer = fake.threadReply(CHANNEL, thread, "U1ANA", "\u200B \u200D ");

        // then
        fake.awaitAck(answer.envelopeId());
        assertThat(fake.awaitCall("chat.postEphemeral").param("text")).contains("Your answer is empty");
        assertThat(count("select count(*) from answers")).isZero();
    }

    @Test
    @DisplayName("a 40,000-character answer is refused with the limit, and nothing is stored")
    void oversizedAnswerRefused() {
        // when
        FakeSlack.Delivery answer = fake.threadReply(CHANNEL, thread, "U1ANA", "x".repeat(40_000));

        // then
        fake.awaitAck(answer.envelopeId());
        FakeSlack.ApiCall told = fake.awaitCall("chat.postEphemeral");
        assertThat(told.param("user")).isEqualTo("U1ANA");
        assertThat(told.param("text")).contains("40,000 characters long");
        assertThat(count("select count(*) from answers")).isZero();
    }

    @Test
    @DisplayName(
            "an answer full of emoji and zero-width characters is stored as written and scored without the invisible ones")
    void emojiAnswerStoredAndScored() {
        // given
        String text = "📱 Shutter\u200B lag 110 ms → 82 ms 🚀\u200D on a Pixel 7 👩‍💻 \uFEFFbattery 🔋 +2 h";

        // when
        FakeSlack.Delivery answer = fake.threadReply(CHANNEL, thread, "U1ANA", text);

        // then
        fake.awaitAck(answer.envelopeId());
        fake.awaitCall("chat.postEphemeral");
        assertThat(count("select count(*) from answers")).isEqualTo(1);
        assertThat(core.scoredTexts)
                .singleElement()
                .asString()
                .doesNotContain("\u200B")
                .contains("📱", "🔋", "82 ms");
    }
}
