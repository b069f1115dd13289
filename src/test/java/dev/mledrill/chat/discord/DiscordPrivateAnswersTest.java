package dev.mledrill.chat.discord;

import static dev.mledrill.chat.discord.DiscordHarness.DRILL_CHANNEL;
import static dev.mledrill.chat.discord.FakeDiscord.ALICE;
import static dev.mledrill.chat.discord.FakeDiscord.BOB;
import static dev.mledrill.chat.discord.FakeDiscord.CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mledrill.chat.AnswerMode;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.chat.RevealMode;
import dev.mledrill.chat.UserRef;
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
 * Private answers on Discord end to end: JDA's real client against {@link FakeDiscord} (button and modal
 * submit interactions on the gateway, the interaction callback, message edits), with the real drill
 * service, rubric scorer, wrap-up and live count on H2 migrated by Flyway.
 */
class DiscordPrivateAnswersTest {
    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final Instant POSTED_AT = NOW.minus(Duration.ofHours(1));
    private static final Instant CLOSES_AT = NOW.plus(Duration.ofHours(8));
    private static final String STRONG = "Preview lag is what users feel: on a Pixel 7 INT8 cut per-frame latency from"
            + " 110 ms to 41 ms, so the preview feels instant. Top-1 accuracy stayed within 0.4 % of the FP32 baseline"
            + " on our 5,000-image eval set. Battery drain fell 12 % per 10-minute session and the model stays on the"
            + " device. If accuracy drops on a device, we fall back to the FP16 model.";
    private static final String MIDDLE = "INT8 quantization cut latency from 110 ms to 60 ms on a Pixel 7 and accuracy"
            + " stayed close to the FP32 baseline.";

    private final MutableClock clock = new MutableClock(NOW);
    private FakeDiscord discord;
    private RealCore core;
    private DiscordAdapter adapter;
    private ChannelSettings settings;
    private String message;

    @BeforeEach
    void start() throws Exception {
        discord = new FakeDiscord();
        settings = new ChannelSettings(
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
        core = new RealCore(settings, List.of(Samples.QUESTION), clock);
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
        TestPosts.posted(core.db, DRILL_CHANNEL, Samples.QUESTION.id(), posted.threadId(), POSTED_AT, CLOSES_AT);
    }

    @AfterEach
    void stop() throws InterruptedException {
        adapter.close();
        discord.close();
        core.close();
    }

    /** Presses {@code button} and returns the interaction callback the bot sent. */
    private JsonNode press(FakeDiscord.FakeUser user, String button) {
        return discord.awaitCallback(discord.buttonClick(user, CHANNEL, message, button))
                .body();
    }

    private JsonNode submit(FakeDiscord.FakeUser user, JsonNode modalCallback, String text) {
        String modalId = modalCallback.path("data").path("custom_id").asText();
        return discord.awaitCallback(discord.modalSubmit(user, CHANNEL, modalId, PrivateAnswerListener.INPUT, text))
                .body();
    }

    private void answer(FakeDiscord.FakeUser user, String text) throws Exception {
        long scored = core.count("select count(*) from scores");
        submit(user, press(user, PrivateAnswerListener.ANSWER), text);
        await().until(() -> core.count("select count(*) from scores") > scored);
    }

    private static String prefilled(JsonNode modal) {
        return modal.path("data")
                .path("components")
                .get(0)
                .path("component")
                .path("value")
                .asText(null);
    }

    @Test
    @DisplayName(
            "the question embed carries the Answer button; it opens a modal (type 9) whose submit is stored, scored and fed back by DM")
    void buttonModalSubmitStoredScoredFedBackByDm() throws Exception {
        // given
        FakeDiscord.Call question = discord.calls().stream()
                .filter(c -> c.is("POST", "channels/" + CHANNEL + "/messages"))
                .findFirst()
                .orElseThrow();
        assertThat(question.body().path("components").toString())
                .contains(PrivateAnswerListener.ANSWER, PrivateAnswerListener.EDIT, PrivateAnswerListener.WITHDRAW);
        assertThat(question.body().path("embeds").toString()).contains("No answers yet");

        // when
        JsonNode modal = press(ALICE, PrivateAnswerListener.ANSWER);
        JsonNode reply = submit(ALICE, modal, STRONG);

        // then
        assertThat(modal.path("type").asInt()).isEqualTo(9);
        assertThat(modal.path("data").path("custom_id").asText()).isEqualTo(PrivateAnswerListener.MODAL + message);
        assertThat(modal.path("data").toString()).contains("\"style\":2");
        assertThat(prefilled(modal)).isNull();
        assertThat(reply.path("type").asInt()).isEqualTo(4);
        assertThat(reply.path("data").path("flags").asInt() & 64).isEqualTo(64);
        assertThat(reply.path("data").path("content").asText()).contains("Your answer is in");
        assertThat(core.count("select count(*) from answers where platform_message_id like 'private:%'"))
                .isEqualTo(1);
        await().until(() -> core.count("select count(*) from scores") == 1);
        discord.awaitCall("POST", "users/@me/channels");
        String dm = discord.dmChannelOf(ALICE);
        FakeDiscord.Call feedback = discord.awaitCall("POST", "channels/" + dm + "/messages");
        assertThat(feedback.body().path("content").asText())
                .startsWith("Feedback on your answer to https://discord.com/channels/");
        assertThat(discord.count("POST", "channels/" + message + "/messages")).isZero();
        assertThat(discord.count("PUT", "channels/.*/reactions/.*")).isZero();
    }

    @Test
    @DisplayName("a blank answer is refused in the modal's reply and nothing is stored")
    void blankAnswerRefused() throws Exception {
        // when
        JsonNode reply = submit(ALICE, press(ALICE, PrivateAnswerListener.ANSWER), "   \u200B ");

        // then
        assertThat(reply.path("data").path("content").asText()).contains("not saved", "empty");
        assertThat(reply.path("data").path("flags").asInt() & 64).isEqualTo(64);
        assertThat(core.count("select count(*) from answers")).isZero();
    }

    @Test
    @DisplayName("Edit my answer reopens the modal filled in; the edit is rescored; Withdraw withdraws it")
    void editAndWithdraw() throws Exception {
        // given
        answer(ALICE, MIDDLE);

        // when
        JsonNode modal = press(ALICE, PrivateAnswerListener.EDIT);
        submit(ALICE, modal, STRONG);
        await().until(() -> core.count("select count(*) from scores") == 2);
        JsonNode withdrawn = press(ALICE, PrivateAnswerListener.WITHDRAW);

        // then
        assertThat(prefilled(modal)).isEqualTo(MIDDLE);
        assertThat(core.count("select count(*) from answers")).isEqualTo(1);
        assertThat(withdrawn.path("data").path("content").asText()).contains("withdrawn");
        assertThat(core.count("select count(*) from answers where withdrawn_at is not null"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("the live count is edited into the question embed (buttons kept), at most once a minute")
    void liveCount() throws Exception {
        // given
        LiveAnswerCounts counts = new LiveAnswerCounts(
                new JdbcAnswerCounts(core.db.dataSource()),
                new DailyQuestions(
                        new JdbcPostedQuestions(core.db.dataSource()),
                        () -> List.of(Samples.QUESTION),
                        new QuestionPicker(),
                        clock),
                core.chats,
                clock);
        answer(ALICE, MIDDLE);

        // when
        counts.run(settings);
        answer(BOB, STRONG);
        counts.run(settings);
        long withinTheMinute = discord.count("PATCH", "channels/" + CHANNEL + "/messages/" + message);
        clock.advance(Duration.ofSeconds(61));
        counts.run(settings);

        // then
        assertThat(withinTheMinute).isEqualTo(1);
        List<FakeDiscord.Call> edits = discord.calls().stream()
                .filter(c -> c.is("PATCH", "channels/" + CHANNEL + "/messages/" + message))
                .toList();
        assertThat(edits).hasSize(2);
        assertThat(edits.get(0).body().path("embeds").toString()).contains("1 answer so far");
        assertThat(edits.get(1).body().path("embeds").toString())
                .contains("2 answers so far")
                .doesNotContain("alice", "bob");
        assertThat(edits.get(1).body().path("components").toString()).contains(PrivateAnswerListener.ANSWER);
    }

    @Test
    @DisplayName("the close reveals the best answers in the thread, with the opted-out author's text hidden")
    void revealAtTheClose() throws Exception {
        // given
        answer(ALICE, STRONG);
        answer(BOB, MIDDLE);
        core.commands.handle(new ChatEvent.CommandInvoked(
                "c1",
                DRILL_CHANNEL,
                new UserRef(DRILL_CHANNEL.platform(), DRILL_CHANNEL.team(), BOB.id()),
                "bob",
                false,
                "reveal off",
                NOW));
        var posts = new JdbcPostedQuestions(core.db.dataSource());
        WrapUpPoster wrapUps = new WrapUpPoster(
                posts,
                new JdbcPostResults(core.db.dataSource()),
                new DailyQuestions(posts, () -> List.of(Samples.QUESTION), new QuestionPicker(), clock),
                new WrapUpComposer(),
                core.chats,
                clock);
        clock.set(CLOSES_AT.plusSeconds(60));

        // when
        assertThat(wrapUps.closeWindows(settings)).isEqualTo(1);

        // then
        List<String> thread = discord.calls().stream()
                .filter(c -> c.is("POST", "channels/" + message + "/messages"))
                .map(c -> c.body().path("content").asText())
                .toList();
        assertThat(thread).hasSize(2);
        assertThat(thread.get(1))
                .startsWith("**All 2 answers, revealed")
                .contains("> Preview lag is what users feel", "(text not revealed, at the author's choice)")
                .doesNotContain("110 ms to 60 ms");
    }
}
