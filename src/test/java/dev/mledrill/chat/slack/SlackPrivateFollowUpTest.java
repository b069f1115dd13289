package dev.mledrill.chat.slack;

import static dev.mledrill.chat.slack.SlackSamples.CHANNEL;
import static dev.mledrill.chat.slack.SlackSamples.CHANNEL_REF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mledrill.chat.AnswerMode;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.PrivateAnswers;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.chat.RevealMode;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.store.TestPosts;
import dev.mledrill.testing.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The follow-up on a private answer on Slack, end to end: Bolt's real client against {@link FakeSlack}, the
 * real drill service with probes on, the rubric scorer and H2. The answer is written in the modal; its
 * ephemeral feedback ends with the probe and a Reply to follow-up button, whose modal takes the reply.
 */
class SlackPrivateFollowUpTest {
    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final Instant POSTED_AT = NOW.minus(Duration.ofHours(1));
    private static final Instant CLOSES_AT = NOW.plus(Duration.ofHours(8));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MutableClock clock = new MutableClock(NOW);
    private RealCore core;
    private SlackHarness slack;
    private FakeSlack fake;
    private String thread;

    @BeforeEach
    void start() {
        ChannelSettings settings = SlackSamples.settings(FeedbackMode.EPHEMERAL, List.of())
                .withAnswers(AnswerMode.PRIVATE, RevealMode.TOP3);
        core = new RealCore(List.of(settings), List.of(SlackSamples.question()), clock, true);
        slack = new SlackHarness(
                core.drill, core.drill.privateAnswers(), core.commands, clock, settings, core.app.displayNames());
        fake = slack.fake;
        core.chats.register(slack.adapter.chat());
        fake.addUser("U1ANA", "Ana", false);
        thread = slack.adapter
                .chat()
                .postQuestion(new QuestionPost(
                        CHANNEL_REF,
                        SlackSamples.question(),
                        LocalDate.of(2026, 11, 24),
                        CLOSES_AT.atZone(SlackSamples.BERLIN)))
                .threadId();
        TestPosts.posted(core.db, CHANNEL_REF, SlackSamples.question().id(), thread, POSTED_AT, CLOSES_AT);
    }

    @AfterEach
    void stop() throws InterruptedException {
        slack.close();
        core.close();
    }

    /** Answers in the private modal and returns the blocks of the feedback (the ephemeral with the probe). */
    private JsonNode answerAndAwaitFeedback(String text) {
        fake.awaitAck(fake.blockAction(CHANNEL, thread, "U1ANA", SlackPrivateAnswers.ANSWER));
        await().until(() -> fake.calls("views.open").size() == 1);
        JsonNode view = fake.openedView(fake.calls("views.open").get(0));
        fake.awaitAck(fake.viewSubmission(
                view, "U1ANA", SlackPrivateAnswers.INPUT_BLOCK, SlackPrivateAnswers.INPUT_ACTION, text));
        return blocks(fake.awaitCall("chat.postEphemeral"));
    }

    private static JsonNode blocks(FakeSlack.ApiCall call) {
        try {
            return JSON.readTree(call.param("blocks") == null ? "[]" : call.param("blocks"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode button(JsonNode blocks) {
        for (JsonNode block : blocks) {
            if (SlackFollowUpForm.ACTIONS_BLOCK.equals(block.path("block_id").asText())) {
                return block.path("elements").get(0);
            }
        }
        throw new AssertionError("the feedback has no follow-up button: " + blocks);
    }

    /** Presses the feedback's button (on the ephemeral message); returns the envelope id. */
    private String press(JsonNode button) {
        return fake.blockAction(
                CHANNEL,
                fake.nextTs(),
                "U1ANA",
                button.path("action_id").asText(),
                SlackFollowUpForm.ACTIONS_BLOCK,
                button.path("value").asText(),
                true);
    }

    private JsonNode submit(JsonNode view, String text) {
        return fake.awaitAck(fake.viewSubmission(
                        view, "U1ANA", SlackFollowUpForm.INPUT_BLOCK, SlackFollowUpForm.INPUT_ACTION, text))
                .path("payload");
    }

    private String probeText() {
        await().until(() -> core.count("select count(*) from answer_probes") == 1);
        try (var c = core.db.dataSource().getConnection();
                var s = c.createStatement();
                var rs = s.executeQuery("select probe_text from answer_probes")) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> threadPosts() {
        return fake.calls("chat.postMessage").stream()
                .filter(c -> thread.equals(c.param("thread_ts")))
                .map(c -> c.param("text"))
                .toList();
    }

    @Test
    @DisplayName(
            "the private feedback ends with the probe and its button; the modal shows the probe, takes the reply and scores it with the answer")
    void probeAnsweredThroughTheButtonAndModal() {
        // given: a weak private answer, probed
        JsonNode feedback = answerAndAwaitFeedback(SlackFollowUpFlowTest.WEAK);
        String probe = probeText();
        JsonNode button = button(feedback);
        assertThat(button.path("action_id").asText()).isEqualTo(SlackFollowUpForm.BUTTON);
        assertThat(button.path("text").path("text").asText()).isEqualTo("Reply to follow-up");
        assertThat(feedback.toString()).contains("*Follow-up:*", "Reply to follow-up button");
        assertThat(fake.calls("chat.postEphemeral").get(0).param("text")).contains("*Follow-up:*");
        double own = core.number("select total from scores where with_probe = false");

        // when: the button is pressed, an empty reply refused, then the reply submitted
        fake.awaitAck(press(button));
        await().until(() -> fake.calls("views.open").size() == 2);
        JsonNode modal = fake.openedView(fake.calls("views.open").get(1));
        JsonNode empty = submit(modal, " \u200B ");
        JsonNode ack = submit(modal, SlackFollowUpFlowTest.REPLY);

        // then: the modal showed the probe; the reply is the probe's, scored with the answer, and fed back privately
        assertThat(modal.path("callback_id").asText()).isEqualTo(SlackFollowUpForm.MODAL);
        assertThat(modal.path("blocks").toString())
                .contains(probe.substring(0, 30))
                .contains("\"multiline\":true", SlackFollowUpForm.INPUT_BLOCK);
        assertThat(empty.path("response_action").asText()).isEqualTo("errors");
        assertThat(empty.path("errors").path(SlackFollowUpForm.INPUT_BLOCK).asText())
                .contains("empty");
        assertThat(ack.path("response_action").asText("")).isNotEqualTo("errors");
        assertThat(core.count("select count(*) from answer_probes where reply_message_id = '"
                        + PrivateAnswers.followUpReplyId(
                                thread,
                                new dev.mledrill.chat.UserRef(CHANNEL_REF.platform(), CHANNEL_REF.team(), "U1ANA"))
                        + "' and reply_text like 'I checked quality%'"))
                .isEqualTo(1);
        await().until(() -> fake.calls("chat.postEphemeral").size() == 2);
        assertThat(core.count("select count(*) from answers")).isEqualTo(1);
        assertThat(core.scoredTexts)
                .last()
                .asString()
                .startsWith(SlackFollowUpFlowTest.WEAK)
                .endsWith(SlackFollowUpFlowTest.REPLY);
        double combined = core.number("select total from scores where with_probe = true");
        assertThat(combined).isGreaterThan(own);
        assertThat(core.number("select total from scores where current_score")).isEqualTo(combined);
        FakeSlack.ApiCall second = fake.calls("chat.postEphemeral").get(1);
        assertThat(second.param("user")).isEqualTo("U1ANA");
        assertThat(second.param("text"))
                .contains("Your follow-up reply, scored with your answer")
                .doesNotContain("*Follow-up:*");
        assertThat(second.param("blocks")).isNull();
        assertThat(threadPosts()).isEmpty();
        assertThat(fake.calls("reactions.add")).isEmpty();
    }

    @Test
    @DisplayName("a second submit is refused in the modal, and the button then opens nothing and says why in one line")
    void secondReplyRefused() {
        // given: the probe answered
        JsonNode button = button(answerAndAwaitFeedback(SlackFollowUpFlowTest.WEAK));
        fake.awaitAck(press(button));
        await().until(() -> fake.calls("views.open").size() == 2);
        JsonNode modal = fake.openedView(fake.calls("views.open").get(1));
        submit(modal, SlackFollowUpFlowTest.REPLY);
        await().until(() -> core.count("select count(*) from scores where with_probe") == 1);
        await().until(() -> fake.calls("chat.postEphemeral").size() == 2);

        // when
        JsonNode again = submit(modal, "One more thought: battery drain fell 20 %.");
        fake.awaitAck(press(button));

        // then
        assertThat(again.path("response_action").asText()).isEqualTo("errors");
        assertThat(again.path("errors").path(SlackFollowUpForm.INPUT_BLOCK).asText())
                .isEqualTo(PrivateAnswers.FOLLOW_UP_ANSWERED);
        await().until(() -> fake.calls("chat.postEphemeral").size() == 3);
        assertThat(fake.calls("chat.postEphemeral").get(2).param("text")).isEqualTo(PrivateAnswers.FOLLOW_UP_ANSWERED);
        assertThat(fake.calls("views.open")).hasSize(2);
        assertThat(core.count("select count(*) from answer_probes where reply_text like 'I checked quality%'"))
                .isEqualTo(1);
        assertThat(core.count("select count(*) from scores where with_probe")).isEqualTo(1);
        assertThat(core.count("select count(*) from answers")).isEqualTo(1);
    }

    @Test
    @DisplayName("after the window closed the button opens nothing, and a modal opened before refuses the reply")
    void closedWindowRefused() {
        // given: the probe asked and its modal open
        JsonNode button = button(answerAndAwaitFeedback(SlackFollowUpFlowTest.WEAK));
        fake.awaitAck(press(button));
        await().until(() -> fake.calls("views.open").size() == 2);
        JsonNode modal = fake.openedView(fake.calls("views.open").get(1));

        // when: the window closes
        clock.set(CLOSES_AT.plusSeconds(1));
        JsonNode late = submit(modal, SlackFollowUpFlowTest.REPLY);
        fake.awaitAck(press(button));

        // then
        assertThat(late.path("response_action").asText()).isEqualTo("errors");
        assertThat(late.path("errors").path(SlackFollowUpForm.INPUT_BLOCK).asText())
                .isEqualTo(PrivateAnswers.FOLLOW_UP_CLOSED);
        await().until(() -> fake.calls("chat.postEphemeral").size() == 2);
        assertThat(fake.calls("chat.postEphemeral").get(1).param("text")).isEqualTo(PrivateAnswers.FOLLOW_UP_CLOSED);
        assertThat(fake.calls("views.open")).hasSize(2);
        assertThat(core.count("select count(*) from answer_probes where reply_message_id is null"))
                .isEqualTo(1);
    }
}
