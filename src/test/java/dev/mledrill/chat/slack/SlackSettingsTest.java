package dev.mledrill.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {

    @Test
    @DisplayName("tokens come from SLACK_BOT_TOKEN and SLACK_APP_TOKEN and the API base URL defaults to Slack's")
    void fromEnvironment() {
        SlackSettings settings = SlackSettings.fromEnvironment(
                Map.of("SLACK_BOT_TOKEN", "xoxb-1-2-abc", "SLACK_APP_TOKEN", "xapp-1-A-3-def"), Optional.empty());

        assertThat(settings.botToken()).isEqualTo("xoxb-1-2-abc");
        assertThat(settings.appToken()).isEqualTo("xapp-1-A-3-def");
        assertThat(settings.apiBaseUrl()).isEqualTo("https://slack.com/api/");
    }

    @Test
    @DisplayName("a configured API base URL (e.g. Slack's government cloud) is used, with a trailing slash")
    void customBaseUrl() {
        SlackSettings settings = new SlackSettings("xoxb-a", "xapp-b", "https://slack-gov.com/api");

        assertThat(settings.apiBaseUrl()).isEqualTo("https://slack-gov.com/api/");
    }

    @Test
    @DisplayName("the settings never print their tokens")
    void toStringHidesTokens() {
        SlackSettings settings = new SlackSettings("xoxb-secret-bot", "xapp-secret-app", null);

        assertThat(settings.toString()).doesNotContain("secret").contains("https://slack.com/api/");
    }

    @Test
    @DisplayName("a missing token says which variable to set")
    void missingToken() {
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(Map.of("SLACK_APP_TOKEN", "xapp-x"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SLACK_BOT_TOKEN is not set");
    }

    @Test
    @DisplayName("swapped tokens are caught by their prefixes")
    void swappedTokens() {
        assertThatThrownBy(() -> new SlackSettings("xapp-x", "xoxb-y", null))
                .hasMessageContaining("SLACK_BOT_TOKEN must start with 'xoxb-'");
    }

    @Test
    @DisplayName("an API base URL that is not http(s) is refused")
    void badBaseUrl() {
        assertThatThrownBy(() -> new SlackSettings("xoxb-a", "xapp-b", "ftp://slack.com/api/"))
                .hasMessageContaining("slack.api_base_url must be an http(s) URL");
    }
}
