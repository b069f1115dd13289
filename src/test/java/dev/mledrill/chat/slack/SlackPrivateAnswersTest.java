package dev.mledrill.chat.slack;

import static dev.mledrill.chat.slack.SlackSamples.CHANNEL;
import static dev.mledrill.chat.slack.SlackSamples.CHANNEL_REF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mledrill.chat.AnswerMode;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.chat.RevealMode;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.schedule.DailyQuestions;
import dev.mledrill.schedule.LiveAnswerCounts;
import dev.mledrill.schedule.QuestionPicker;
import dev.mledrill.schedule.WrapUpComposer;
import dev.mledrill.schedule.WrapUpPoster;
import dev.mledrill.store.JdbcAnswerCounts;
import dev.mledrill.store.JdbcPostResults;
import dev.mledrill.store.JdbcPostedQuestions;
import dev.mledrill.store.TestPosts;
import dev.mledrill.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Private answers on Slack end to end: Bolt's real client against {@link FakeSlack} (block actions and
 * view submissions as interactive Socket Mode envelopes, {@code views.open}, {@code chat.update}), the
 * real drill service, rubric scorer, wrap-up and live count on H2 migrated by Flyway.
 */
class SlackPrivateAnswersTest {
    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final Instant POSTED_AT = NOW.minus(Duration.ofHours(1));
    private static final Instant CLOSES_AT = NOW.plus(Duration.ofHours(8));
    static final String STRONG = "Preview lag is what users feel: on a Pixel 7 INT8 cut per-frame latency from 110 ms"
            + " to 41 ms, so the preview feels instant. Top-1 accuracy stayed within 0.4 % of the FP32 baseline on"
            + " our 5,000-image eval set. Battery drain fell 12 % per 10-minute session and the model stays on"
            + " the device, so no frame leaves the phone. I weighed pruning, but it saved less latency for more"
            + " accuracy loss. If accuracy drops on a device, we fall back to the FP16 model.";
    static final String MIDDLE = "INT8 quantization cut latency from 110 ms to 60 ms on a Pixel 7 and accuracy stayed"
            + " close to the FP32 baseline.";
    static final String OTHER = "People notice the shutter delay first. We profiled on a Galaxy A54: after INT8"
            + " post-training quantization each frame took 38 ms instead of 110 ms. We compared labels with the float"
            + " model on 3,000 held-out photos and lost 0.6 points of top-1. Power draw during preview went down by"
            + " 9 %, measured with the battery historian over ten minutes. Everything runs locally on the phone."
            + " Distillation was the alternative but needed retraining time. When a device shows worse accuracy we"
            + " switch it back to FP16 remotely.";
    static final String WEAK = "I would quantize the model to make it faster.";

    private final MutableClock clock = new MutableClock(NOW);
    private RealCore core;
    private SlackHarness slack;
    private FakeSlack fake;
    private ChannelSettings settings;
    private String thread;

    private void start(RevealMode reveal) {
        settings = SlackSamples.settings(FeedbackMode.EPHEMERAL, List.of()).withAnswers(AnswerMode.PRIVATE, reveal);
        core = new RealCore(List.of(settings), List.of(SlackSamples.question()), clock);
        slack = new SlackHarness(
                core.drill, core.drill.privateAnswers(), core.commands, clock, settings, core.app.displayNames());
        fake = slack.fake;
        core.chats.register(slack.adapter.chat());
        fake.addUser("U1ANA", "Ana", false);
        fake.addUser("U2BEN", "Ben", false);
        fake.addUser("U3CAI", "Cai", false);
        fake.addUser("U4DEV", "Dev", false);
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
        if (slack != null) {
            slack.close();
        }
        if (core != null) {
            core.close();
        }
    }

    /** Presses {@code button} on the question and returns the modal the bot opened. */
    private JsonNode press(String user, String button) {
        int before = fake.calls("views.open").size();
        String envelope = fake.blockAction(CHANNEL, thread, user, button);
        fake.awaitAck(envelope);
        await().until(() -> fake.calls("views.open").size() > before);
        return fake.openedView(fake.calls("views.open").get(before));
    }

    /** Submits the modal with {@code text} and returns the acknowledgement. */
    private JsonNode submit(JsonNode view, String user, String text) {
        return fake.awaitAck(fake.viewSubmission(
                view, user, SlackPrivateAnswers.INPUT_BLOCK, SlackPrivateAnswers.INPUT_ACTION, text));
    }

    private void answer(String user, String text) {
        long scored = core.count("select count(*) from scores");
        submit(press(user, SlackPrivateAnswers.ANSWER), user, text);
        await().until(() -> core.count("select count(*) from scores") > scored);
    }

    private static String initialValue(JsonNode view) {
        for (JsonNode block : view.path("blocks")) {
            if (block.path("block_id").asText().equals(SlackPrivateAnswers.INPUT_BLOCK)) {
                return block.path("element").path("initial_value").asText(null);
            }
        }
        throw new AssertionError("the modal has no answer input: " + view);
    }

    private List<String> threadPosts() {
        return fake.calls("chat.postMessage").stream()
                .filter(c -> thread.equals(c.param("thread_ts")))
                .map(c -> c.param("text"))
                .toList();
    }

    @Test
    @DisplayName(
            "the question carries the Answer button; the button opens a modal whose answer is stored, scored, and fed back privately")
    void buttonModalSubmitStoredScoredPrivateFeedback() {
        // given
        start(RevealMode.TOP3);
        String question = fake.calls("chat.postMessage").get(0).param("blocks");
        assertThat(question)
                .contains(
                        SlackPrivateAnswers.ANSWER,
                        SlackPrivateAnswers.EDIT,
                        SlackPrivateAnswers.WITHDRAW,
                        "No answers yet");

        // when
        JsonNode view = press("U1ANA", SlackPrivateAnswers.ANSWER);
        JsonNode ack = submit(view, "U1ANA", STRONG);

        // then
        assertThat(view.path("type").asText()).isEqualTo("modal");
        assertThat(view.path("callback_id").asText()).isEqualTo(SlackPrivateAnswers.MODAL);
        assertThat(initialValue(view)).isNull();
        assertThat(ack.path("payload").path("response_action").asText("")).isNotEqualTo("errors");
        assertThat(
                        core.count(
                                "select count(*) from answers where body like 'Preview lag%' and platform_message_id like 'private:%'"))
                .isEqualTo(1);
        FakeSlack.ApiCall feedback = fake.awaitCall("chat.postEphemeral");
        assertThat(feedback.param("user")).isEqualTo("U1ANA");
        assertThat(feedback.param("text")).startsWith("Feedback on your answer:");
        assertThat(core.count("select count(*) from scores where current_score"))
                .isEqualTo(1);
        assertThat(fake.calls("reactions.add")).isEmpty();
        assertThat(threadPosts()).isEmpty();
    }

    @Test
    @DisplayName(
            "an empty or too long answer is refused in the modal itself (response_action errors) and nothing is stored")
    void emptyAndTooLongRefusedInTheModal() {
        // given
        start(RevealMode.TOP3);
        JsonNode view = press("U1ANA", SlackPrivateAnswers.ANSWER);

        // when
        JsonNode empty = submit(view, "U1ANA", " \u200B ");
        JsonNode tooLong = submit(view, "U1ANA", "x".repeat(12_000));

        // then
        assertThat(empty.path("payload").path("response_action").asText()).isEqualTo("errors");
        assertThat(empty.path("payload")
                        .path("errors")
                        .path(SlackPrivateAnswers.INPUT_BLOCK)
                        .asText())
                .contains("empty");
        assertThat(tooLong.path("payload").path("response_action").asText()).isEqualTo("errors");
        assertThat(tooLong.path("payload")
                        .path("errors")
                        .path(SlackPrivateAnswers.INPUT_BLOCK)
                        .asText())
                .contains("12,000 characters long");
        assertThat(core.count("select count(*) from answers")).isZero();
    }

    @Test
    @DisplayName("Edit my answer reopens the modal filled in; the edit is rescored and stays one answer")
    void editThroughTheModal() {
        // given
        start(RevealMode.TOP3);
        answer("U1ANA", MIDDLE);
        await().until(() -> fake.calls("chat.postEphemeral").size() == 1);

        // when
        JsonNode view = press("U1ANA", SlackPrivateAnswers.EDIT);
        submit(view, "U1ANA", STRONG);

        // then
        assertThat(initialValue(view)).isEqualTo(MIDDLE);
        await().until(() -> fake.calls("chat.postEphemeral").size() == 2);
        assertThat(fake.calls("chat.postEphemeral").get(1).param("text")).contains("rescored after your edit");
        assertThat(core.count("select count(*) from answers")).isEqualTo(1);
        assertThat(core.count("select count(*) from scores")).isEqualTo(2);
        assertThat(core.count("select count(*) from answers where body like 'Preview lag%'"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName(
            "Withdraw withdraws the answer and says so privately; a new answer afterwards starts from an empty modal")
    void withdrawThroughTheButton() {
        // given
        start(RevealMode.TOP3);
        answer("U1ANA", MIDDLE);
        await().until(() -> fake.calls("chat.postEphemeral").size() == 1);

        // when
        fake.awaitAck(fake.blockAction(CHANNEL, thread, "U1ANA", SlackPrivateAnswers.WITHDRAW));

        // then
        assertThat(core.count("select count(*) from answers where withdrawn_at is not null"))
                .isEqualTo(1);
        await().until(() -> fake.calls("chat.postEphemeral").size() == 2);
        assertThat(fake.calls("chat.postEphemeral").get(1).param("text")).contains("withdrawn");
        JsonNode again = press("U1ANA", SlackPrivateAnswers.ANSWER);
        assertThat(initialValue(again)).isNull();
        submit(again, "U1ANA", STRONG);
        await().until(() -> core.count("select count(*) from answers where withdrawn_at is null") == 1);
        assertThat(core.count("select count(*) from answers")).isEqualTo(2);
    }

    @Test
    @DisplayName(
            "a thread reply in a private channel counts, and its author is told privately that everyone can read it")
    void threadReplyTakenButAuthorWarned() {
        // given
        start(RevealMode.TOP3);

        // when
        FakeSlack.Delivery reply = fake.threadReply(CHANNEL, thread, "U2BEN", MIDDLE);

        // then
        fake.awaitAck(reply.envelopeId());
        assertThat(core.count("select count(*) from answers")).isEqualTo(1);
        await().until(() -> fake.calls("chat.postEphemeral").stream()
                .anyMatch(c -> c.param("text").contains("visible to everyone")));
        assertThat(fake.calls("chat.postEphemeral"))
                .allMatch(c -> c.param("user").equals("U2BEN"));
    }

    @Test
    @DisplayName("the question's live count is edited in with chat.update, at most once a minute, and names nobody")
    void liveCountAtMostOnceAMinute() {
        // given
        start(RevealMode.TOP3);
        LiveAnswerCounts counts = new LiveAnswerCounts(
                new JdbcAnswerCounts(core.db.dataSource()),
                new DailyQuestions(
                        new JdbcPostedQuestions(core.db.dataSource()),
                        () -> List.of(SlackSamples.question()),
                        new QuestionPicker(),
                        clock),
                core.chats,
                clock);
        answer("U1ANA", MIDDLE);

        // when
        counts.run(settings);
        answer("U2BEN", STRONG);
        counts.run(settings);
        clock.advance(Duration.ofSeconds(30));
        counts.run(settings);
        int withinTheMinute = fake.calls("chat.update").size();
        clock.advance(Duration.ofSeconds(31));
        counts.run(settings);

        // then
        assertThat(withinTheMinute).isEqualTo(1);
        List<FakeSlack.ApiCall> updates = fake.calls("chat.update");
        assertThat(updates).hasSize(2);
        assertThat(updates.get(0).param("ts")).isEqualTo(thread);
        assertThat(updates.get(0).param("blocks")).contains("1 answer so far");
        assertThat(updates.get(1).param("blocks"))
                .contains("2 answers so far", SlackPrivateAnswers.ANSWER)
                .doesNotContain("Ana", "Ben", "U1ANA", "U2BEN");
    }

    @Test
    @DisplayName("the window closed: the Answer button opens no modal and says why, privately")
    void closedWindowOpensNoModal() {
        // given
        start(RevealMode.TOP3);
        clock.set(CLOSES_AT.plusSeconds(1));

        // when
        fake.awaitAck(fake.blockAction(CHANNEL, thread, "U1ANA", SlackPrivateAnswers.ANSWER));

        // then
        assertThat(fake.awaitCall("chat.postEphemeral").param("text")).contains("closed");
        assertThat(fake.calls("views.open")).isEmpty();
    }

    private List<String> closeAndReveal() {
        var posts = new JdbcPostedQuestions(core.db.dataSource());
        WrapUpPoster wrapUps = new WrapUpPoster(
                posts,
                new JdbcPostResults(core.db.dataSource()),
                new DailyQuestions(posts, () -> List.of(SlackSamples.question()), new QuestionPicker(), clock),
                new WrapUpComposer(),
                core.chats,
                clock);
        clock.set(CLOSES_AT.plusSeconds(60));
        assertThat(wrapUps.closeWindows(settings)).isEqualTo(1);
        return threadPosts();
    }

    private void fourAnswersOneHidden() {
        answer("U1ANA", STRONG + " " + "We also profiled memory: peak RAM fell from 180 MB to 95 MB. ".repeat(8));
        answer("U2BEN", MIDDLE);
        answer("U3CAI", WEAK);
        answer("U4DEV", OTHER);
        assertThat(core.commands
                        .handle(new dev.mledrill.chat.ChatEvent.CommandInvoked(
                                "c1", CHANNEL_REF, SlackSamples.user("U4DEV"), "Dev", false, "reveal off", NOW))
                        .markdown())
                .contains("score but not");
    }

    @Test
    @DisplayName(
            "reveal top3: the wrap-up reveals the three best answers in the thread, long ones cut, opted-out text hidden")
    void revealTopThree() {
        // given
        start(RevealMode.TOP3);
        fourAnswersOneHidden();

        // when
        List<String> thread = closeAndReveal();

        // then
        assertThat(thread).hasSize(2);
        String reveal = thread.get(1);
        assertThat(reveal).startsWith("*The 3 best of 4 answers, revealed");
        assertThat(reveal)
                .contains("1. *Ana*", "2. *Ben*", "3. *Dev*", "strongest: ", " points")
                .doesNotContain("Cai", WEAK);
        assertThat(reveal).contains("> Preview lag is what users feel").contains("(cut: ");
        assertThat(reveal)
                .contains("3. *Dev*")
                .contains("(text not revealed, at the author's choice)")
                .doesNotContain("Galaxy A54");
        assertThat(reveal).contains("> INT8 quantization cut latency from 110 ms to 60 ms");
    }

    @Test
    @DisplayName("reveal all: every counted answer is revealed; reveal none: the wrap-up reveals no text")
    void revealAllAndNone() throws InterruptedException {
        // given
        start(RevealMode.ALL);
        fourAnswersOneHidden();

        // when
        List<String> all = closeAndReveal();

        // then
        assertThat(all).hasSize(2);
        assertThat(all.get(1)).startsWith("*All 4 answers, revealed").contains("4. *Cai*", "> " + WEAK);

        // and given a channel that reveals nothing
        stop();
        clock.set(NOW);
        fake = null;
        start(RevealMode.NONE);
        fourAnswersOneHidden();

        // when
        List<String> none = closeAndReveal();

        // then
        assertThat(none).hasSize(1);
        assertThat(none.get(0)).doesNotContain("Preview lag", WEAK);
    }
}
