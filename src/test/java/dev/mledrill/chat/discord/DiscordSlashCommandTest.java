package dev.mledrill.chat.discord;

import static dev.mledrill.chat.discord.FakeDiscord.ALICE;
import static dev.mledrill.chat.discord.FakeDiscord.CHANNEL;
import static dev.mledrill.chat.discord.FakeDiscord.MODERATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.CommandReply;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscordSlashCommandTest extends FakeDiscordTest {

    private FakeDiscord.Call callback(String interaction) {
        return h.discord.awaitCall("POST", "interactions/" + interaction + "/token-" + interaction + "/callback");
    }

    @ParameterizedTest(name = "/drill {0} {1} -> \"{2}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "today       |                 | today",
                "leaderboard | period=month    | leaderboard month",
                "leaderboard | scope=workspace | leaderboard workspace",
                "streak      | user=1300000000000000002 | streak <@1300000000000000002>",
                "stats       |                 | stats",
                "rubric      |                 | rubric",
                "practice    | category=nlp    | practice nlp",
                "optout      |                 | optout",
                "optin       |                 | optin",
                "reveal      | state=off       | reveal off",
                "export      | everywhere=true | export everywhere",
                "export      | everywhere=false | export",
                "forget-me   |                 | forget-me",
                "help        |                 | help",
            })
    @DisplayName("each /drill subcommand reaches the handler as text and is answered ephemerally through the callback")
    void everySubcommandIsAnswered(String subcommand, String option, String expectedText) {
        Map<String, String> options = option == null ? Map.of() : Map.of(option.split("=")[0], option.split("=")[1]);

        String interaction = h.discord.slashCommand(ALICE, CHANNEL, subcommand, options);

        FakeDiscord.Call callback = callback(interaction);
        assertThat(callback.body().path("type").asInt()).isEqualTo(4);
        assertThat(callback.body().path("data").path("flags").asInt() & 64)
                .as("ephemeral")
                .isEqualTo(64);
        assertThat(callback.body().path("data").path("content").asText()).isEqualTo("**ok** " + expectedText);
        ChatEvent.CommandInvoked command = h.commands.get(0);
        assertThat(command.text()).isEqualTo(expectedText);
        assertThat(command.channel()).isEqualTo(DiscordHarness.DRILL_CHANNEL);
        assertThat(command.user().id()).isEqualTo(ALICE.id());
        assertThat(command.admin()).isFalse();
        assertThat(command.eventId()).isEqualTo("interaction:" + interaction);
    }

    @ParameterizedTest(name = "/drill {0}")
    @CsvSource({"schedule", "pause", "resume"})
    @DisplayName(
            "a member without Manage Server or an admin role is refused an admin command, and the core is not asked")
    void nonAdminRefused(String subcommand) {
        String interaction = h.discord.slashCommand(ALICE, CHANNEL, subcommand, Map.of());

        FakeDiscord.Call callback = callback(interaction);
        assertThat(callback.body().path("data").path("content").asText()).contains("Only server managers");
        assertThat(callback.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
        assertThat(h.commands).isEmpty();
    }

    @Test
    @DisplayName("a member with the configured admin role (and Manage Server) may run admin commands")
    void adminAllowed() {
        String interaction = h.discord.slashCommand(MODERATOR, CHANNEL, "pause", Map.of());

        assertThat(callback(interaction).body().path("data").path("content").asText())
                .isEqualTo("**ok** pause");
        assertThat(h.commands.get(0).admin()).isTrue();
    }

    @Test
    @DisplayName("a reply longer than one Discord message is split: the callback, then ephemeral follow-ups")
    void longReplyIsSplit() {
        h.replies = c -> new CommandReply(("line of the leaderboard\n").repeat(200));

        String interaction = h.discord.slashCommand(ALICE, CHANNEL, "leaderboard", Map.of());

        assertThat(callback(interaction)
                        .body()
                        .path("data")
                        .path("content")
                        .asText()
                        .length())
                .isLessThanOrEqualTo(2000);
        FakeDiscord.Call followUp =
                h.discord.awaitCall("POST", "webhooks/" + FakeDiscord.APP + "/token-" + interaction);
        assertThat(followUp.body().path("flags").asInt() & 64).isEqualTo(64);
    }

    @Test
    @DisplayName("a slow handler is deferred within Discord's 3 seconds and its reply fills in the original")
    void slowHandlerIsDeferred() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        h.replies = c -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new CommandReply("slow but here");
        };

        String interaction = h.discord.slashCommand(ALICE, CHANNEL, "stats", Map.of());

        FakeDiscord.Call deferred = callback(interaction);
        assertThat(deferred.body().path("type").asInt()).isEqualTo(5);
        assertThat(deferred.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
        release.countDown();
        FakeDiscord.Call edit = h.discord.awaitCall(
                "PATCH", "webhooks/" + FakeDiscord.APP + "/token-" + interaction + "/messages/@original");
        assertThat(edit.body().path("content").asText()).isEqualTo("slow but here");
    }

    @Test
    @DisplayName("a handler failure still answers the user, with an apology instead of silence")
    void failingHandlerStillAnswers() {
        h.replies = c -> {
            throw new IllegalStateException("boom");
        };

        String interaction = h.discord.slashCommand(ALICE, CHANNEL, "today", Map.of());

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(callback(interaction)
                                .body()
                                .path("data")
                                .path("content")
                                .asText())
                        .contains("failed"));
    }

    @Test
    @DisplayName("options reach the core in their declared order, whatever order the user filled them in")
    void optionsInDeclaredOrder() {
        Map<String, String> filledBackwards = new java.util.LinkedHashMap<>();
        filledBackwards.put("everywhere", "true");
        filledBackwards.put("confirm", "true");

        String interaction = h.discord.slashCommand(ALICE, CHANNEL, "forget-me", filledBackwards);

        callback(interaction);
        assertThat(h.commands.get(0).text()).isEqualTo("forget-me confirm everywhere");
    }
}
