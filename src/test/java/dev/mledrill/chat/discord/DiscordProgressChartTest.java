package dev.mledrill.chat.discord;

import static dev.mledrill.chat.discord.FakeDiscord.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.progress.ProgressCharts;
import dev.mledrill.store.TestPosts;
import dev.mledrill.testing.PngBytes;
import java.awt.image.BufferedImage;
import java.time.Clock;
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

/** {@code /drill stats} charts through JDA's interaction callback (multipart with the PNG) against the fake Discord. */
class DiscordProgressChartTest {
    private RealCore core;
    private DiscordHarness h;

    @BeforeEach
    void start() throws Exception {
        System.setProperty("java.awt.headless", "true");
        ProgressCharts.warmUp();
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
        core = new RealCore(settings, List.of(Samples.QUESTION), Clock.systemUTC());
        h = new DiscordHarness(FeedbackMode.THREAD, core.drill);
        h.replies = core.commands::handle;
        core.chats.register(h.adapter.chat());
        Instant now = Instant.now();
        PostedMessage posted = h.adapter
                .chat()
                .postQuestion(new QuestionPost(
                        DiscordHarness.DRILL_CHANNEL,
                        Samples.QUESTION,
                        LocalDate.now(),
                        now.plus(Duration.ofDays(1)).atZone(ZoneId.of("Europe/Berlin"))));
        String thread = posted.threadId();
        TestPosts.posted(
                core.db,
                DiscordHarness.DRILL_CHANNEL,
                Samples.QUESTION.id(),
                thread,
                now.minusSeconds(60),
                now.plus(Duration.ofDays(1)));
        String answer =
                h.discord.userPosts(thread, ALICE, "Users saw the preview stutter; 48 ms to 29 ms on a Pixel 6a.");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> h.discord.calls().stream()
                        .anyMatch(c -> c.is("POST", "channels/" + thread + "/messages")
                                && c.body()
                                        .path("message_reference")
                                        .path("message_id")
                                        .asText()
                                        .equals(answer)));
    }

    @AfterEach
    void stop() throws InterruptedException {
        core.close();
        h.close();
    }

    private FakeDiscord.Call callback(String interaction) {
        return h.discord.awaitCall(
                c -> c.is("POST", "interactions/" + interaction + "/token-" + interaction + "/callback")
                        || c.is("PATCH", "webhooks/.*/token-" + interaction + "/messages/@original")
                        || c.is("POST", "webhooks/.*/token-" + interaction));
    }

    @Test
    @DisplayName("/drill stats answers ephemerally with the person's chart attached, its alt text as the description")
    void personalChartEphemeral() {
        FakeDiscord.Call reply = callback(h.discord.slashCommand(ALICE, FakeDiscord.CHANNEL, "stats", Map.of()));

        JsonNode data = reply.body().has("data") ? reply.body().path("data") : reply.body();
        assertThat(data.path("content").asText()).contains("Your average per criterion");
        assertThat(data.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(data.path("attachments").get(0).path("description").asText())
                .startsWith("Progress chart of 1 scored answer");
        BufferedImage image = PngBytes.image(reply.files().get("progress.png"));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(560);
    }

    @Test
    @DisplayName("/drill stats view:team posts the team chart in the channel for everyone")
    void teamChartPublic() {
        FakeDiscord.Call reply =
                callback(h.discord.slashCommand(ALICE, FakeDiscord.CHANNEL, "stats", Map.of("view", "team")));

        JsonNode data = reply.body().has("data") ? reply.body().path("data") : reply.body();
        assertThat(data.path("content").asText()).contains("Team progress, last 4 weeks");
        assertThat(data.path("flags").asInt() & 64).as("not ephemeral").isZero();
        assertThat(data.path("attachments").get(0).path("description").asText()).contains("Team chart of drill");
        assertThat(PngBytes.image(reply.files().get("team-progress.png")).getWidth())
                .isEqualTo(1200);
    }
}
