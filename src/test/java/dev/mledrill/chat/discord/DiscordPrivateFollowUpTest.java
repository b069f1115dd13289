package dev.mledrill.chat.discord;

import static dev.mledrill.chat.discord.DiscordHarness.DRILL_CHANNEL;
import static dev.mledrill.chat.discord.FakeDiscord.ALICE;
import static dev.mledrill.chat.discord.FakeDiscord.CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mledrill.chat.AnswerMode;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.PrivateAnswers;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.chat.RevealMode;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.store.TestPosts;
import dev.mledrill.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The follow-up on a private answer on Discord, end to end: JDA's real client against {@link FakeDiscord}, the real
 * drill service with probes on, the rubric scorer and H2. The answer is written in the modal; its DM feedback ends
 * with the probe and a Reply to follow-up button, pressed in the DM, whose modal takes the reply.
 */
class DiscordPrivateFollowUpTest {
    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final Instant POSTED_AT = NOW.minus(Duration.ofHours(1));
    private static final Instant CLOSES_AT = NOW.plus(Duration.ofHours(8));
    private static final String WEAK = "Users got a smooth preview: 48 ms to 29 ms on a Pixel 6a.";
    private static final String REPLY = "The target was 33 ms per frame at 30 fps; INT8 with QAT on the NPU cut it, and"
            + " boundary IoU stayed within 0.5 % of the FP32 baseline on 2,000 portraits. Battery drain fell from 690 mW"
            + " to 410 mW over ten minutes, and if edges degraded we would keep the last layers in fp16 instead.";

    private final MutableClock clock = new MutableClock(NOW);
    private FakeDiscord discord;
    private RealCore core;
    private DiscordAdapter adapter;
    private String message;
    private String thread;

    @BeforeEach
    void start() throws Exception {
        discord = new FakeDiscord();
        ChannelSettings settings = new ChannelSettings(
                        DRILL_CHANNEL,
                        "drill",
                        "0 0 9 ? * MON-FRI",
                        ZoneId.of("Europe/Berlin"),
                        Map.of(),
                        Set.of(),
                        Optional.empty(),
                        FeedbackMode.THREAD,
                        true,
                        true,
                        List.of())
                .withAnswers(AnswerMode.PRIVATE, RevealMode.TOP3);
        core = new RealCore(settings, List.of(Samples.QUESTION), clock, true);
        adapter = new DiscordAdapter(
                discord.settings(List.of()),
                core.drill,
                core.drill.privateAnswers(),
                core.commands,
                ref -> ref.equals(DRILL_CHANNEL) ? Optional.of(settings) : Optional.empty(),
                clock,
                dev.mledrill.chat.ConnectionEvents.NONE);
        assertTimeoutPreemptively(Duration.ofSeconds(30), adapter::start);
        core.chats.register(adapter.chat());
        PostedMessage posted = adapter.chat()
                .postQuestion(new QuestionPost(
                        DRILL_CHANNEL,
                        Samples.QUESTION,
                        LocalDate.of(2026, 11, 24),
                        CLOSES_AT.atZone(settings.zone())));
        message = posted.messageId();
        thread = posted.threadId();
        TestPosts.posted(core.db, DRILL_CHANNEL, Samples.QUESTION.id(), thread, POSTED_AT, CLOSES_AT);
    }

    @AfterEach
    void stop() throws InterruptedException {
        adapter.close();
        discord.close();
        core.close();
    }

    /** Answers in the private modal; returns the DM feedback message that carries the follow-up button. */
    private FakeDiscord.Call answerAndAwaitFeedback(String text) throws Exception {
        JsonNode modal = discord.awaitCallback(
                        discord.buttonClick(ALICE, CHANNEL, message, PrivateAnswerListener.ANSWER))
                .body();
        discord.awaitCallback(discord.modalSubmit(
                ALICE, CHANNEL, modal.path("data").path("custom_id").asText(), PrivateAnswerListener.INPUT, text));
        await().until(() -> discord.dmChannelOf(ALICE) != null);
        return discord.awaitCall(c -> c.is("POST", "channels/" + discord.dmChannelOf(ALICE) + "/messages")
                && c.body().path("components").toString().contains(FollowUpFormListener.BUTTON));
    }

    private List<FakeDiscord.Call> dms() {
        return discord.calls().stream()
                .filter(c -> c.is("POST", "channels/" + discord.dmChannelOf(ALICE) + "/messages"))
                .toList();
    }

    private static String buttonId(FakeDiscord.Call feedback) {
        return feedback.body()
                .path("components")
                .get(0)
                .path("components")
                .get(0)
                .path("custom_id")
                .asText();
    }

    /** Presses the button on the DM feedback message the fake stored; returns the interaction callback. */
    private JsonNode press(String buttonId) {
        String feedbackId = discord.lastMessageIn(discord.dmChannelOf(ALICE));
        return discord.awaitCallback(discord.dmButtonClick(ALICE, feedbackId, buttonId))
                .body();
    }

    private JsonNode submit(JsonNode modal, String text) {
        return discord.awaitCallback(discord.dmModalSubmit(
                        ALICE, modal.path("data").path("custom_id").asText(), FollowUpFormListener.INPUT, text))
                .body();
    }

    private String probeText() throws Exception {
        await().until(() -> core.count("select count(*) from answer_probes") == 1);
        try (var c = core.db.connection();
                var rs = c.createStatement().executeQuery("select probe_text from answer_probes")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    @DisplayName(
            "the DM feedback ends with the probe and its button; the modal (type 9) shows the probe and its submit is the probe's reply, scored with the answer")
    void probeAnsweredThroughTheButtonAndModal() throws Exception {
        // given: a weak private answer, probed
        FakeDiscord.Call feedback = answerAndAwaitFeedback(WEAK);
        String probe = probeText();
        assertThat(feedback.body().path("content").asText()).contains("**Follow-up:**", "Reply to follow-up button");
        assertThat(feedback.body().path("components").toString()).contains("Reply to follow-up");
        double own = core.number("select total from scores where with_probe = false");

        // when: the button is pressed in the DM, a blank reply refused, then the reply submitted
        JsonNode modal = press(buttonId(feedback));
        JsonNode blank = submit(modal, "   ");
        JsonNode stored = submit(modal, REPLY);

        // then
        assertThat(modal.path("type").asInt()).isEqualTo(9);
        assertThat(modal.path("data").path("custom_id").asText()).startsWith(FollowUpFormListener.MODAL);
        assertThat(modal.path("data").toString())
                .contains(probe.substring(0, 20))
                .contains("\"style\":2");
        assertThat(blank.path("data").path("flags").asInt() & 64).isEqualTo(64);
        assertThat(blank.path("data").path("content").asText())
                .contains("not saved", "empty")
                .doesNotContain("\n");
        assertThat(stored.path("data").path("content").asText()).contains("Your follow-up reply is in");
        UserRef alice = new UserRef(DRILL_CHANNEL.platform(), DRILL_CHANNEL.team(), ALICE.id());
        assertThat(core.count("select count(*) from answer_probes where reply_message_id = '"
                        + PrivateAnswers.followUpReplyId(thread, alice)
                        + "' and reply_text like 'The target was 33 ms%'"))
                .isEqualTo(1);
        await().until(() -> core.count("select count(*) from scores where with_probe") == 1);
        double combined = core.number("select total from scores where with_probe = true");
        assertThat(combined).isGreaterThan(own);
        assertThat(core.number("select total from scores where current_score")).isEqualTo(combined);
        await().until(() -> dms().stream()
                .anyMatch(c ->
                        c.body().path("content").asText().contains("Your follow-up reply, scored with your answer")));
        assertThat(core.count("select count(*) from answers")).isEqualTo(1);
        assertThat(discord.count("POST", "channels/" + thread + "/messages")).isZero();
    }

    @Test
    @DisplayName("a second submit and a press after the reply are refused in one ephemeral line; after the close too")
    void secondReplyAndClosedWindowRefused() throws Exception {
        // given: the probe answered
        String button = buttonId(answerAndAwaitFeedback(WEAK));
        JsonNode modal = press(button);
        submit(modal, REPLY);
        await().until(() -> core.count("select count(*) from scores where with_probe") == 1);

        // when
        JsonNode again = submit(modal, "One more thought: battery drain fell 20 %.");
        JsonNode pressedAgain = press(button);
        clock.set(CLOSES_AT.plusSeconds(1));
        JsonNode afterClose = press(button);

        // then
        assertThat(again.path("type").asInt()).isEqualTo(4);
        assertThat(again.path("data").path("flags").asInt() & 64).isEqualTo(64);
        assertThat(again.path("data").path("content").asText()).contains(PrivateAnswers.FOLLOW_UP_ANSWERED);
        assertThat(pressedAgain.path("type").asInt()).isEqualTo(4);
        assertThat(pressedAgain.path("data").path("content").asText()).isEqualTo(PrivateAnswers.FOLLOW_UP_ANSWERED);
        assertThat(afterClose.path("data").path("content").asText()).isEqualTo(PrivateAnswers.FOLLOW_UP_ANSWERED);
        assertThat(core.count("select count(*) from answer_probes where reply_text like 'The target was 33 ms%'"))
                .isEqualTo(1);
        assertThat(core.count("select count(*) from scores where with_probe")).isEqualTo(1);
    }

    @Test
    @DisplayName("after the window closed the button opens no modal: it says the window has closed")
    void closedWindowRefused() throws Exception {
        // given: the probe asked, not answered
        String button = buttonId(answerAndAwaitFeedback(WEAK));

        // when
        clock.set(CLOSES_AT.plusSeconds(1));
        JsonNode pressed = press(button);

        // then
        assertThat(pressed.path("type").asInt()).isEqualTo(4);
        assertThat(pressed.path("data").path("flags").asInt() & 64).isEqualTo(64);
        assertThat(pressed.path("data").path("content").asText()).isEqualTo(PrivateAnswers.FOLLOW_UP_CLOSED);
        assertThat(core.count("select count(*) from answer_probes where reply_message_id is null"))
                .isEqualTo(1);
    }
}
