package dev.mledrill.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.Platform;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordGatewayTest {

    @Test
    @DisplayName(
            "the bot identifies with the message intents, gets READY and the guild, and keeps its heartbeat acknowledged")
    void handshake() throws Exception {
        try (DiscordHarness h = new DiscordHarness()) {
            JsonNode identify = h.discord.gatewayFrames().stream()
                    .filter(f -> f.path("op").asInt() == 2)
                    .findFirst()
                    .orElseThrow();
            long intents = identify.path("d").path("intents").asLong();
            assertThat(intents & (1 << 9)).as("GUILD_MESSAGES").isNotZero();
            assertThat(intents & (1 << 15)).as("MESSAGE_CONTENT").isNotZero();
            assertThat(intents & (1 << 12)).as("DIRECT_MESSAGES").isNotZero();
            assertThat(intents & (1 << 1)).as("no GUILD_MEMBERS").isZero();
            assertThat(identify.path("d").path("token").asText()).isEqualTo("fake-bot-token");

            await().atMost(Duration.ofSeconds(10)).until(() -> h.discord.heartbeatAcks() >= 2);
            assertThat(h.adapter.chat().platform()).isEqualTo(Platform.DISCORD);
        }
    }

    @Test
    @DisplayName("at start the /drill command with every subcommand is registered in the guild")
    void registersCommandsPerGuild() throws Exception {
        try (DiscordHarness h = new DiscordHarness()) {
            FakeDiscord.Call put = h.discord.awaitCall(
                    "PUT", "applications/" + FakeDiscord.APP + "/guilds/" + FakeDiscord.GUILD + "/commands");
            JsonNode drill = put.body().get(0);
            assertThat(drill.path("name").asText()).isEqualTo("drill");
            assertThat(drill.path("options").findValuesAsText("name"))
                    .contains(
                            "today",
                            "leaderboard",
                            "streak",
                            "stats",
                            "rubric",
                            "practice",
                            "optout",
                            "optin",
                            "reveal",
                            "export",
                            "forget-me",
                            "help",
                            "schedule",
                            "pause",
                            "resume");
        }
    }

    @Test
    @DisplayName("after a resumable close the bot resumes its session, and a message replayed then keeps its event id")
    void resumesAndKeepsReplayedIds() throws Exception {
        try (DiscordHarness h = new DiscordHarness()) {
            String thread = h.postToday().threadId();
            String id = h.discord.userPosts(thread, FakeDiscord.ALICE, "before the drop");
            await().until(() -> h.events.size() == 1);

            h.discord.dropGateway();
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> h.discord.gatewayFrames().stream()
                            .anyMatch(f -> f.path("op").asInt() == 6));
            JsonNode resume = h.discord.gatewayFrames().stream()
                    .filter(f -> f.path("op").asInt() == 6)
                    .findFirst()
                    .orElseThrow();
            assertThat(resume.path("d").path("session_id").asText()).isEqualTo("fake-session");
            h.discord.redeliver(thread, id);

            await().until(() -> h.events.size() == 2);
            assertThat(h.events).extracting(ChatEvent::eventId).containsOnly("create:" + id);
        }
    }
}
