package dev.mledrill.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The manifest an admin pastes must grant everything the adapter calls and subscribes to. */
class SlackAppManifestTest {
    private final JsonNode manifest;

    SlackAppManifestTest() throws IOException {
        manifest = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("config/slack-app-manifest.yaml").toFile());
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    @DisplayName("the bot scopes cover every Web API method the adapter calls")
    void scopes() {
        assertThat(texts(manifest.at("/oauth_config/scopes/bot")))
                .contains(
                        "chat:write",
                        "reactions:write",
                        "channels:history",
                        "groups:history",
                        "im:history",
                        "im:write",
                        "users:read",
                        "commands");
    }

    @Test
    @DisplayName("the app subscribes to messages in public and private channels and DMs, over Socket Mode")
    void eventsOverSocketMode() {
        assertThat(texts(manifest.at("/settings/event_subscriptions/bot_events")))
                .containsExactlyInAnyOrder("message.channels", "message.groups", "message.im");
        assertThat(manifest.at("/settings/socket_mode_enabled").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("interactivity (the private-answer buttons and modal) is on, over Socket Mode with no request URL")
    void interactivityOverSocketMode() {
        assertThat(manifest.at("/settings/interactivity/is_enabled").asBoolean())
                .isTrue();
        assertThat(manifest.at("/settings/interactivity/request_url").isMissingNode())
                .isTrue();
        assertThat(manifest.at("/settings/socket_mode_enabled").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("the manifest declares the slash command the adapter listens to, with escaped mentions")
    void slashCommand() {
        JsonNode command = manifest.at("/features/slash_commands/0");
        assertThat(command.path("command").asText()).isEqualTo(SlackCommandListener.COMMAND);
        assertThat(command.path("should_escape").asBoolean()).isTrue();
        assertThat(manifest.at("/features/app_home/messages_tab_enabled").asBoolean())
                .isTrue();
    }
}
