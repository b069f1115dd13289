package dev.mledrill.chat.slack;

import java.util.Map;

/**
 * A Slack Web API call that failed for good. The message names the method and Slack's error
 * code (never a token or message text), with what to do for the errors a setup mistake causes.
 */
public final class SlackCallFailed extends RuntimeException {
    private static final Map<String, String> HINTS = Map.of(
            "not_in_channel", "invite the bot to the channel: /invite @mle-drill",
            "channel_not_found", "check the channel id in config/mle-drill.yaml, and invite the bot to it",
            "invalid_auth", "check SLACK_BOT_TOKEN (the Bot User OAuth Token, xoxb-...)",
            "not_authed", "set SLACK_BOT_TOKEN",
            "account_inactive", "the app was uninstalled or its token revoked: reinstall it and update SLACK_BOT_TOKEN",
            "token_revoked", "the token was revoked: reinstall the app and update SLACK_BOT_TOKEN",
            "missing_scope", "the app lacks a scope: recreate it from config/slack-app-manifest.yaml and reinstall it",
            "is_archived", "the channel is archived: unarchive it or configure another channel");

    private final String method;
    private final String error;

    SlackCallFailed(String method, String error) {
        super(describe(method, error));
        this.method = method;
        this.error = error;
    }

    SlackCallFailed(String method, String error, Throwable cause) {
        super(describe(method, error), cause);
        this.method = method;
        this.error = error;
    }

    private static String describe(String method, String error) {
        String hint = HINTS.get(error);
        return "Slack " + method + " failed: " + error + (hint == null ? "" : " (" + hint + ")");
    }

    public String method() {
        return method;
    }

    public String error() {
        return error;
    }
}
