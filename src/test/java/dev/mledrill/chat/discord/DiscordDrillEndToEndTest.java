package dev.mledrill.chat.discord;

import static dev.mledrill.chat.discord.FakeDiscord.ALICE;
import static dev.mledrill.chat.discord.FakeDiscord.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.Backfill;
import dev.mledrill.store.JdbcOpenThreads;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Discord adapter in front of the real drill service and a real in-memory H2 with the real migrations. */
class DiscordDrillEndToEndTest {
    private RealCore core;
    private DiscordHarness h;
    private String thread;

    @BeforeEach
    void start() throws Exception {
        core = new RealCore(RealCore.THREAD_FEEDBACK, List.of(Samples.QUESTION), Clock.systemUTC());
        h = new DiscordHarness(FeedbackMode.THREAD, core.drill);
        h.replies = core.commands::handle;
        thread = core.postDrill(h, Samples.QUESTION);
    }

    @AfterEach
    void stop() throws InterruptedException {
        core.close();
        h.close();
    }

    private FakeDiscord.Call awaitFeedbackOn(String answer, int nth) {
        await().atMost(Duration.ofSeconds(10)).until(() -> feedbackOn(answer).size() >= nth);
        return feedbackOn(answer).get(nth - 1);
    }

    private List<FakeDiscord.Call> feedbackOn(String answer) {
        return h.discord.calls().stream()
                .filter(c -> c.is("POST", "channels/" + thread + "/messages")
                        && c.body()
                                .path("message_reference")
                                .path("message_id")
                                .asText()
                                .equals(answer))
                .toList();
    }

    private String storedBody(String messageId) throws Exception {
        try (Connection c = core.db.connection();
                ResultSet rs = c.createStatement()
                        .executeQuery("select body from answers where platform_message_id = '" + messageId + "'")) {
            assertThat(rs.next()).as("answer %s stored", messageId).isTrue();
            return rs.getString(1);
        }
    }

    private long count(String sql) throws Exception {
        return core.count(sql);
    }

    @Test
    @DisplayName("a reply in the thread is stored, scored, and answered with feedback and a reaction")
    void storedScoredAndAnswered() throws Exception {
        String answer = h.discord.userPosts(thread, ALICE, "Users got a smooth preview: 48 ms to 29 ms on a Pixel 6a.");

        String feedback = awaitFeedbackOn(answer, 1).body().path("content").asText();

        assertThat(feedback).contains("/100", "Technical depth", "Streak 1 (longest 1)");
        h.discord.awaitCall("PUT", "channels/" + thread + "/messages/" + answer + "/reactions/.*/@me");
        assertThat(count("select count(*) from answers where platform_message_id = '" + answer + "'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from scores")).isEqualTo(1);
    }

    @Test
    @DisplayName("an edit inside the window is rescored and the new feedback says so")
    void editIsRescored() throws Exception {
        String answer = h.discord.userPosts(thread, ALICE, "It got faster.");
        awaitFeedbackOn(answer, 1);

        h.discord.userEdits(
                thread,
                answer,
                "The camera preview stays smooth at 30 fps: INT8 cut latency from 48 ms "
                        + "to 29 ms on a Pixel 6a, within 0.5 % of the FP32 baseline IoU, and battery drain dropped 12 %.");

        assertThat(awaitFeedbackOn(answer, 2).body().path("content").asText()).contains("Rescored after your edit");
        assertThat(count("select count(*) from scores")).isEqualTo(2);
        assertThat(count("select count(*) from answers")).isEqualTo(1);
    }

    @Test
    @DisplayName("a deleted answer is withdrawn")
    void deletionWithdraws() throws Exception {
        String answer = h.discord.userPosts(thread, ALICE, "I will delete this");
        awaitFeedbackOn(answer, 1);

        h.discord.userDeletes(thread, answer);

        await().until(() -> count("select count(*) from answers where withdrawn_at is not null") == 1);
    }

    @Test
    @DisplayName("a MESSAGE_CREATE delivered twice is stored once and gets feedback once")
    void replayStoredOnce() throws Exception {
        String answer = h.discord.userPosts(thread, ALICE, "once only");
        h.discord.redeliver(thread, answer);
        String marker = h.discord.userPosts(thread, BOB, "after the replay");
        awaitFeedbackOn(marker, 1);

        assertThat(count("select count(*) from answers where platform_message_id = '" + answer + "'"))
                .isEqualTo(1);
        assertThat(feedbackOn(answer)).hasSize(1);
    }

    @Test
    @DisplayName("an empty answer is refused with the core's explanation as a reply, and nothing is stored")
    void emptyAnswerExplained() throws Exception {
        String answer = h.discord.userPosts(thread, ALICE, "   ");

        assertThat(awaitFeedbackOn(answer, 1).body().path("content").asText()).isNotBlank();
        assertThat(count("select count(*) from answers")).isZero();
    }

    @Test
    @DisplayName("emoji and zero-width characters are stored exactly as written")
    void oddCharactersStoredExactly() throws Exception {
        String text = "📱⚡ smooth\u200B preview\u200D👩‍💻 from 48 ms to 29 ms \u2060🔋";
        String answer = h.discord.userPosts(thread, ALICE, text);
        awaitFeedbackOn(answer, 1);

        assertThat(storedBody(answer)).isEqualTo(text);
    }

    private Backfill.Report backfill() {
        return new Backfill(
                        new JdbcOpenThreads(core.db.dataSource()),
                        core.chats,
                        core.drill,
                        Clock.systemUTC(),
                        Backfill.DEFAULT_LOOKBACK)
                .run();
    }

    @Test
    @DisplayName("answers written while the bot was offline are backfilled from the thread history and stored once")
    void backfillAfterDowntime() throws Exception {
        String live = h.discord.userPosts(thread, ALICE, "answered live");
        awaitFeedbackOn(live, 1);
        String offline = h.discord.userPostedWhileOffline(thread, BOB, "answered while the bot was down");

        Backfill.Report report = backfill();

        assertThat(report.stored()).isEqualTo(1);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(count("select count(*) from answers")).isEqualTo(2);
        awaitFeedbackOn(offline, 1);
    }

    @Test
    @DisplayName(
            "an edit made while the bot was offline is rescored as an edit, a deletion then withdraws the answer, once")
    void editsAndDeletionsWhileOffline() throws Exception {
        String edited = h.discord.userPosts(thread, ALICE, "It got faster.");
        String deleted = h.discord.userPosts(thread, BOB, "I will delete this while the bot is down");
        awaitFeedbackOn(edited, 1);
        awaitFeedbackOn(deleted, 1);
        h.discord.userEditedWhileOffline(
                thread,
                edited,
                "The camera preview stays smooth at 30 fps: INT8 cut latency"
                        + " from 48 ms to 29 ms on a Pixel 6a, within 0.5 % of the FP32 baseline IoU.");
        h.discord.userDeletedWhileOffline(thread, deleted);

        Backfill.Report report = backfill();

        assertThat(report.edited()).isEqualTo(1);
        assertThat(report.withdrawn()).isEqualTo(1);
        assertThat(awaitFeedbackOn(edited, 2).body().path("content").asText()).contains("Rescored after your edit");
        assertThat(storedBody(edited)).startsWith("The camera preview stays smooth");
        assertThat(count("select count(*) from answers where withdrawn_at is not null and platform_message_id = '"
                        + deleted + "'"))
                .isEqualTo(1);
        Backfill.Report again = backfill();
        assertThat(again.edited() + again.withdrawn() + again.stored()).isZero();
        core.drill.drain(Duration.ofSeconds(10));
        assertThat(feedbackOn(edited)).hasSize(2);
        assertThat(count("select count(*) from answer_edits")).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "a practice answer written in the DM while the bot was offline is backfilled as practice and scored there")
    void practiceBackfilledFromTheDm() throws Exception {
        core.drill.practice(
                new UserRef(Platform.DISCORD, FakeDiscord.GUILD, ALICE.id()),
                DiscordHarness.DRILL_CHANNEL,
                Samples.QUESTION);
        String dm = h.discord.dmChannelOf(ALICE);
        String answer = h.discord.userPostedWhileOffline(
                dm, ALICE, "Users keep a smooth preview: 48 ms to 29 ms on a Pixel 6a.");

        Backfill.Report report = backfill();

        assertThat(report.stored()).isEqualTo(1);
        assertThat(count("select count(*) from answers where practice = true and platform_message_id = '" + answer
                        + "'"))
                .isEqualTo(1);
        h.discord.awaitCall(c -> c.is("POST", "channels/" + dm + "/messages")
                && c.body()
                        .path("message_reference")
                        .path("message_id")
                        .asText()
                        .equals(answer));
    }

    @Test
    @DisplayName("/drill practice sends a question by DM; the answer there is stored as practice and scored in the DM")
    void practiceThroughTheDm() throws Exception {
        awaitFeedbackOn(h.discord.userPosts(thread, ALICE, "Shutter lag fell from 300 ms to 120 ms on a Pixel 8."), 1);
        String interaction = h.discord.slashCommand(ALICE, FakeDiscord.CHANNEL, "practice", Map.of());
        FakeDiscord.Call reply =
                h.discord.awaitCall("POST", "interactions/" + interaction + "/token-" + interaction + "/callback");
        assertThat(reply.body().path("data").path("content").asText())
                .containsPattern("You (lose most points on|have answered every question that stresses) [a-z ]+");
        h.discord.awaitCall("POST", "users/@me/channels");
        String dm = h.discord.dmChannelOf(ALICE);
        h.discord.awaitCall("POST", "channels/" + dm + "/messages");

        String answer = h.discord.userPosts(dm, ALICE, "Users keep a smooth preview: 48 ms to 29 ms on a Pixel 6a.");

        FakeDiscord.Call feedback = h.discord.awaitCall(c -> c.is("POST", "channels/" + dm + "/messages")
                && c.body()
                        .path("message_reference")
                        .path("message_id")
                        .asText()
                        .equals(answer));
        assertThat(feedback.body().path("content").asText()).contains("/100", "Practice");
        assertThat(count("select count(*) from answers where practice = true")).isEqualTo(1);
    }

    @Test
    @DisplayName("/drill streak after an answer is answered by the real command handler through the callback")
    void streakCommandWithTheRealHandler() throws Exception {
        awaitFeedbackOn(h.discord.userPosts(thread, ALICE, "Shutter lag fell from 300 ms to 120 ms on a Pixel 8."), 1);

        String interaction = h.discord.slashCommand(ALICE, FakeDiscord.CHANNEL, "streak", Map.of());

        FakeDiscord.Call callback =
                h.discord.awaitCall("POST", "interactions/" + interaction + "/token-" + interaction + "/callback");
        assertThat(callback.body().path("data").path("content").asText()).containsIgnoringCase("streak");
        assertThat(callback.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
    }

    @Test
    @DisplayName("a 4,500-character answer (Nitro users can send up to 4,000 and more) is stored whole and scored")
    void longAnswerStoredWhole() throws Exception {
        String text = "The preview stays smooth: latency went from 48 ms to 29 ms on a Pixel 6a. ".repeat(61);
        assertThat(text.length()).isGreaterThan(4500);

        String answer = h.discord.userPosts(thread, ALICE, text);

        awaitFeedbackOn(answer, 1);
        assertThat(storedBody(answer)).isEqualTo(text);
    }
}
