package dev.mledrill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlatformCredentialsTest {

    @Test
    @DisplayName("with no tokens it names every missing variable and where to get it")
    void nothingSet() {
        PlatformCredentials credentials = PlatformCredentials.from(Map.of());

        assertThat(credentials.any()).isFalse();
        assertThat(credentials.explanation())
                .contains("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "DISCORD_TOKEN")
                .contains("https://api.slack.com/apps", "https://discord.com/developers/applications");
    }

    @Test
    @DisplayName("half of Slack's tokens is a problem naming the missing one, and the values are never shown")
    void halfOfSlack() {
        PlatformCredentials credentials = PlatformCredentials.from(Map.of("SLACK_BOT_TOKEN", "xoxb-secret-value"));

        assertThat(credentials.slack()).isFalse();
        assertThat(credentials.problems()).singleElement().asString().startsWith("SLACK_APP_TOKEN is not set");
        assertThat(credentials.explanation()).doesNotContain("xoxb-secret-value");
    }

    @Test
    @DisplayName("each platform is on when its tokens are set")
    void platformsOn() {
        PlatformCredentials credentials = PlatformCredentials.from(
                Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1", "DISCORD_TOKEN", "abc"));

        assertThat(credentials.slack()).isTrue();
        assertThat(credentials.discord()).isTrue();
        assertThat(credentials.problems()).isEmpty();
    }

    @Test
    @DisplayName("a platform that cannot start is named with the deepest reason and what to check")
    void startFailureMessage() {
        Exception cause = new IllegalStateException(
                "login failed",
                new java.io.IOException("wrapped", new java.net.ConnectException("Connection refused")));

        StartFailure failure = new StartFailure("Discord", "DISCORD_TOKEN", cause);

        assertThat(failure)
                .hasMessage("Discord could not be started: login failed (Connection refused). Check DISCORD_TOKEN.");
    }
}
