package dev.mledrill.chat.discord;

import static dev.mledrill.chat.discord.FakeDiscord.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.store.TestPosts;
import dev.mledrill.testing.CapturedLogs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bot token and answer texts never reach the logs at INFO or above: a whole Discord flow
 * (connect, post, answer, edit, rejection, deletion, slash command) runs through JDA, the fake
 * Discord, the real core and H2 while logback's root logger is captured.
 */
class DiscordLogHygieneTest {
    private static final String MARK = "WOMBAT-4417";

    @Test
    @DisplayName("a full Discord answer flow logs neither the bot token nor any answer text at INFO or above")
    void noTokenOrAnswerTextInLogs() throws Exception {
        ChannelSettings settings = new ChannelSettings(
                DiscordHarness.DRILL_CHANNEL,
                "drill",
                "0 0 9 ? * MON-FRI",
                ZoneId.of("Europe/Berlin"),
                Map.of(),
                Set.of(),
                Optional.empty(),
                FeedbackMode.THREAD,
                true,
                true,
                List.of());
        try (CapturedLogs logs = new CapturedLogs();
                RealCore core = new RealCore(settings, List.of(Samples.QUESTION), Clock.systemUTC());
                DiscordHarness h = new DiscordHarness(FeedbackMode.THREAD, core.drill)) {
            h.replies = core.commands::handle;
            core.chats.register(h.adapter.chat());
            Instant now = Instant.now();
            String thread = h.adapter
                    .chat()
                    .postQuestion(new QuestionPost(
                            DiscordHarness.DRILL_CHANNEL,
                            Samples.QUESTION,
                            LocalDate.now(),
                            now.plus(Duration.ofDays(1)).atZone(ZoneId.of("Europe/Berlin"))))
                    .threadId();
            TestPosts.posted(
                    core.db,
                    DiscordHarness.DRILL_CHANNEL,
                    Samples.QUESTION.id(),
                    thread,
                    now.minusSeconds(60),
                    now.plus(Duration.ofDays(1)));

            String answer = h.discord.userPosts(thread, ALICE, MARK + " the preview stays smooth: 48 ms to 29 ms.");
            h.discord.awaitCall("PUT", "channels/" + thread + "/messages/" + answer + "/reactions/.*/@me");
            h.discord.userEdits(thread, answer, MARK + " edited: 48 ms to 29 ms on a Pixel 6a, battery -12 %.");
            await().until(() -> core.count("select count(*) from scores") == 2);
            h.discord.userPosts(thread, ALICE, "  ");
            h.discord.userDeletes(thread, answer);
            await().until(() -> core.count("select count(*) from answers where withdrawn_at is not null") == 1);
            String interaction = h.discord.slashCommand(ALICE, FakeDiscord.CHANNEL, "streak", Map.of());
            h.discord.awaitCall("POST", "interactions/" + interaction + "/token-" + interaction + "/callback");

            assertThat(logs.atLeast(Level.INFO))
                    .isNotEmpty()
                    .allSatisfy(event -> assertThat(CapturedLogs.fullText(event))
                            .doesNotContain(MARK)
                            .doesNotContain("fake-bot-token")
                            .doesNotContain("48 ms to 29 ms"));
        }
    }

    @Test
    @DisplayName(
            "gateway payloads JDA cannot parse or route never put an answer's text in the log, only a redacted line each")
    void unroutablePayloadsAreRedacted() throws Exception {
        try (CapturedLogs logs = new CapturedLogs();
                DiscordHarness h = new DiscordHarness()) {
            // a message whose handler fails (edit time that is no time): "Got an unexpected error ... -> payload"
            var badTime = h.discord
                    .messagePayload(FakeDiscord.CHANNEL, ALICE, MARK + " 48 ms to 29 ms")
                    .put("edited_timestamp", MARK + "-not-a-time");
            h.discord.dispatchRaw("MESSAGE_CREATE", badTime);
            awaitRedacted(logs, "Got an unexpected error");
            // a message JDA cannot parse (author is no object): "Json-parse error ... -> payload"
            var badAuthor = h.discord
                    .messagePayload(FakeDiscord.CHANNEL, ALICE, MARK + " 48 ms to 29 ms")
                    .put("author", MARK);
            h.discord.dispatchRaw("MESSAGE_CREATE", badAuthor);
            awaitRedacted(logs, "Json-parse error");
            // a frame without an op code: "Encountered exception on lifecycle level\nJSON: payload"
            h.discord.sendRawFrame(
                    "{\"t\":\"MESSAGE_CREATE\",\"s\":900,\"d\":{\"content\":\"" + MARK + " 48 ms to 29 ms\"}}");
            awaitRedacted(logs, "lifecycle level");

            assertThat(logs.atLeast(Level.INFO))
                    .allSatisfy(event -> assertThat(CapturedLogs.fullText(event))
                            .doesNotContain(MARK)
                            .doesNotContain("48 ms to 29 ms"));
        }
    }

    private static void awaitRedacted(CapturedLogs logs, String kind) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> logs.atLeast(Level.WARN, "dev.mledrill.app").stream()
                        .anyMatch(event -> event.getFormattedMessage().contains(kind)
                                && event.getFormattedMessage().contains("payload not logged")));
    }
}
