package dev.mledrill.chat.slack;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * What the Slack adapter needs to connect: the bot token ({@code xoxb-}), the app-level token
 * for Socket Mode ({@code xapp-}) and the Web API base URL (config key {@code slack.api_base_url};
 * Slack's own by default, another for Slack's government cloud or a test server).
 * {@link #toString()} never shows the tokens.
 */
public record SlackSettings(String botToken, String appToken, String apiBaseUrl) {

    public static final String DEFAULT_API_BASE_URL = "https://slack.com/api/";
    public static final String BOT_TOKEN_ENV = "SLACK_BOT_TOKEN";
    public static final String APP_TOKEN_ENV = "SLACK_APP_TOKEN";

    public SlackSettings {
        botToken = requireToken(botToken, BOT_TOKEN_ENV, "xoxb-");
        appToken = requireToken(appToken, APP_TOKEN_ENV, "xapp-");
        apiBaseUrl = normalise(apiBaseUrl);
    }

    /** Reads the tokens from {@code SLACK_BOT_TOKEN} and {@code SLACK_APP_TOKEN}. */
    public static SlackSettings fromEnvironment(Map<String, String> env, Optional<String> apiBaseUrl) {
        return new SlackSettings(
                env.get(BOT_TOKEN_ENV), env.get(APP_TOKEN_ENV), apiBaseUrl.orElse(DEFAULT_API_BASE_URL));
    }

    private static String requireToken(String token, String env, String prefix) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException(env + " is not set: copy the token from your Slack app's settings"
                    + " (see README, Connecting Slack)");
        }
        String trimmed = token.trim();
        if (!trimmed.startsWith(prefix)) {
            throw new IllegalArgumentException(env + " must start with '" + prefix + "' (is it the other token?)");
        }
        return trimmed;
    }

    private static String normalise(String url) {
        String value = url == null || url.isBlank() ? DEFAULT_API_BASE_URL : url.trim();
        URI uri = URI.create(value);
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("slack.api_base_url must be an http(s) URL, got '" + value + "'");
        }
        return value.endsWith("/") ? value : value + "/";
    }

    @Override
    public String toString() {
        return "SlackSettings[botToken=xoxb-***, appToken=xapp-***, apiBaseUrl=" + apiBaseUrl + "]";
    }
}
