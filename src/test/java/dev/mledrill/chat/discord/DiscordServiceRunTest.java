package dev.mledrill.chat.discord;

import static dev.mledrill.chat.discord.FakeDiscord.ALICE;
import static dev.mledrill.chat.discord.FakeDiscord.CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.app.Application;
import dev.mledrill.app.PlatformCredentials;
import dev.mledrill.app.Service;
import dev.mledrill.app.config.ConfigLoader;
import dev.mledrill.schedule.PostedQuestion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code mle-drill run} does with DISCORD_TOKEN and a Discord channel in the configuration:
 * the composition root starts this adapter against the URLs from the config keys, the scheduler
 * posts the open question with its thread, and a reply there gets its feedback.
 */
class DiscordServiceRunTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("run with a Discord channel configured posts the open question with a thread and answers a reply")
    void runPostsAndAnswers() throws Exception {
        try (FakeDiscord discord = new FakeDiscord()) {
            Path config = dir.resolve("mle-drill.yaml");
            Files.writeString(config, """
                    database: %s
                    questions_dir: %s
                    channels:
                      - platform: discord
                        team: "%s"
                        channel: "%s"
                        schedule: "0 0 0 ? * *"
                        time_zone: UTC
                        feedback: thread
                    """.formatted(
                            dir.resolve("data"), Path.of("questions").toAbsolutePath(), FakeDiscord.GUILD, CHANNEL));
            Map<String, String> env = Map.of(
                    "DISCORD_TOKEN",
                    "fake-bot-token",
                    "MLE_DRILL_DISCORD_REST_BASE_URL",
                    discord.restBaseUrl(),
                    "MLE_DRILL_DISCORD_GATEWAY_URL",
                    discord.gatewayUrl());

            try (Application app =
                            Application.open(ConfigLoader.load(Optional.of(config), env), env, Clock.systemUTC());
                    Service service = Service.start(app, PlatformCredentials.from(env), env)) {
                FakeDiscord.Call question = discord.awaitCall("POST", "channels/" + CHANNEL + "/messages");
                assertThat(question.body().path("embeds").get(0).path("title").asText())
                        .startsWith("Drill · ");
                FakeDiscord.Call thread = discord.awaitCall("POST", "channels/" + CHANNEL + "/messages/\\d+/threads");
                String threadId = thread.path().split("/")[3];
                // The scheduler records the thread id right after Discord answered; replies count from then.
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> app.posts()
                                .find(DiscordHarness.DRILL_CHANNEL, LocalDate.now(ZoneOffset.UTC))
                                .flatMap(PostedQuestion::threadId)
                                .isPresent());

                String answer = discord.userPosts(
                        threadId,
                        ALICE,
                        "Users kept a smooth camera preview: INT8 cut latency from 48 ms to 29 ms on a Pixel 6a.");

                FakeDiscord.Call feedback = discord.awaitCall(c -> c.is("POST", "channels/" + threadId + "/messages")
                        && c.body()
                                .path("message_reference")
                                .path("message_id")
                                .asText()
                                .equals(answer));
                assertThat(feedback.body().path("content").asText()).contains("/100", "Technical depth");
            }
        }
    }
}
