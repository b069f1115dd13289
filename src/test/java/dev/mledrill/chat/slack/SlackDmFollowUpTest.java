package dev.mledrill.chat.slack;

import static dev.mledrill.chat.slack.SlackSamples.CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.chat.FeedbackMode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The follow-up answered in the DM on Slack (feedback mode {@code dm}), end to end: Bolt against {@link FakeSlack},
 * the real drill service with probes on, the rubric scorer and H2.
 */
class SlackDmFollowUpTest {
    private static final Instant POSTED_AT = SlackHarness.CLOCK.instant().minusSeconds(60);
    private static final String DM = "DU1ANA";

    private RealCore core;
    private SlackHarness slack;
    private FakeSlack fake;
    private String thread;

    @BeforeEach
    void start() {
        core = new RealCore(
                List.of(SlackSamples.settings(FeedbackMode.DM, List.of())),
                List.of(SlackSamples.question()),
                SlackHarness.CLOCK,
                true);
        slack = new SlackHarness(core);
        fake = slack.fake;
        thread = core.postDrill(slack, POSTED_AT);
    }

    @AfterEach
    void stop() throws InterruptedException {
        slack.close();
        core.close();
    }

    private List<String> dmTexts() {
        return fake.calls("chat.postMessage").stream()
                .filter(c -> DM.equals(c.param("channel")))
                .map(c -> c.param("text"))
                .toList();
    }

    /** The weak answer in the question's thread, its feedback with the probe in the DM; returns that message's ts. */
    private String probedByDm() {
        fake.awaitAck(fake.threadReply(CHANNEL, thread, "U1ANA", SlackFollowUpFlowTest.WEAK)
                .envelopeId());
        await().until(() ->
                core.count("select count(*) from answer_probes where feedback_dm_channel = '" + DM + "'") == 1);
        assertThat(dmTexts())
                .singleElement()
                .asString()
                .contains("*Follow-up:*")
                .contains("Reply here (in this DM) before the window closes");
        String ts = fake.calls("chat.postMessage").stream()
                .filter(c -> DM.equals(c.param("channel")))
                .findFirst()
                .map(c -> fake.postedTs().get(fake.calls("chat.postMessage").indexOf(c)))
                .orElseThrow();
        assertThat(core.count("select count(*) from answer_probes where feedback_dm_message = '" + ts + "'"))
                .isEqualTo(1);
        return ts;
    }

    @Test
    @DisplayName(
            "a message typed in the DM after the probe is its reply: kept with the probe, scored with the answer, the result in the DM")
    void topLevelDmReply() {
        // given
        probedByDm();
        double own = core.number("select total from scores where with_probe = false");

        // when: the author types the reply in the DM, outside any thread
        var event = fake.message(DM, fake.nextTs(), SlackFollowUpFlowTest.REPLY).put("user", "U1ANA");
        FakeSlack.Delivery reply = fake.sendEvent(event, 0, null);

        // then
        fake.awaitAck(reply.envelopeId());
        await().until(() -> dmTexts().size() == 2);
        assertThat(dmTexts().get(1))
                .contains("*Your follow-up reply, scored with your answer: ")
                .doesNotContain("*Follow-up:*");
        assertThat(core.count("select count(*) from answer_probes where reply_message_id = '" + reply.ts() + "'"))
                .isEqualTo(1);
        assertThat(core.count("select count(*) from answers")).isEqualTo(1);
        assertThat(core.scoredTexts).last().asString().endsWith(SlackFollowUpFlowTest.REPLY);
        double combined = core.number("select total from scores where with_probe = true");
        assertThat(combined).isGreaterThan(own);
        assertThat(core.number("select total from scores where current_score")).isEqualTo(combined);
        assertThat(fake.calls("chat.postMessage"))
                .noneMatch(c -> String.valueOf(c.param("text")).contains("reply in its thread"));

        // and when: Slack delivers the reply again
        fake.awaitAck(fake.redeliver(reply, event, 1).envelopeId());

        // then: stored once, scored once
        assertThat(core.count("select count(*) from answer_probes where reply_message_id is not null"))
                .isEqualTo(1);
        assertThat(core.count("select count(*) from scores where with_probe = true"))
                .isEqualTo(1);
        assertThat(dmTexts()).hasSize(2);
    }

    @Test
    @DisplayName(
            "a reply in the feedback's DM thread counts; a second one is told the reply is in, not taken as a second probe answer")
    void threadReplyThenSecondReply() {
        // given
        String feedbackTs = probedByDm();
        FakeSlack.Delivery reply = fake.threadReply(DM, feedbackTs, "U1ANA", SlackFollowUpFlowTest.REPLY);
        fake.awaitAck(reply.envelopeId());
        await().until(() -> dmTexts().size() == 2);

        // when
        FakeSlack.Delivery again =
                fake.threadReply(DM, feedbackTs, "U1ANA", "One more thought: battery drain fell 20 %.");

        // then
        fake.awaitAck(again.envelopeId());
        FakeSlack.ApiCall notice = fake.awaitCall("chat.postEphemeral");
        assertThat(notice.param("channel")).isEqualTo(DM);
        assertThat(notice.param("text")).contains("already in");
        assertThat(core.count("select count(*) from answer_probes where reply_message_id = '" + reply.ts() + "'"))
                .isEqualTo(1);
        assertThat(core.count("select count(*) from answers")).isEqualTo(1);
        assertThat(core.count("select count(*) from scores where with_probe = true"))
                .isEqualTo(1);
        assertThat(dmTexts()).hasSize(2);
    }
}
