package dev.mledrill.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which chat platforms the environment has tokens for. Tokens are only checked for presence here;
 * their values are never kept in messages or logs.
 */
public record PlatformCredentials(boolean slack, boolean discord, List<String> problems) {
    static final String SLACK_BOT_TOKEN = "SLACK_BOT_TOKEN";
    static final String SLACK_APP_TOKEN = "SLACK_APP_TOKEN";
    static final String DISCORD_TOKEN = "DISCORD_TOKEN";

    static final String SLACK_HELP = """
            Slack: create the app at https://api.slack.com/apps ("Create New App" > "From an app manifest", \
            paste config/slack-app-manifest.yaml) and install it to your workspace. Then set
              SLACK_BOT_TOKEN  the Bot User OAuth Token (xoxb-...), page "OAuth & Permissions"
              SLACK_APP_TOKEN  an app-level token with connections:write (xapp-...), page "Basic Information" > "App-Level Tokens\"""";
    static final String DISCORD_HELP = """
            Discord: create an application at https://discord.com/developers/applications, open "Bot", \
            enable the Message Content intent, and "Reset Token". Then set
              DISCORD_TOKEN    the bot token""";

    public PlatformCredentials {
        problems = List.copyOf(problems);
    }

    public static PlatformCredentials from(Map<String, String> env) {
        boolean bot = isSet(env, SLACK_BOT_TOKEN);
        boolean app = isSet(env, SLACK_APP_TOKEN);
        List<String> problems = new ArrayList<>();
        if (bot != app) {
            problems.add((bot ? SLACK_APP_TOKEN : SLACK_BOT_TOKEN) + " is not set ("
                    + (bot ? SLACK_BOT_TOKEN : SLACK_APP_TOKEN) + " is): Slack's Socket Mode needs both.\n"
                    + SLACK_HELP);
        }
        return new PlatformCredentials(bot && app, isSet(env, DISCORD_TOKEN), problems);
    }

    public boolean any() {
        return slack || discord;
    }

    /** What to tell someone who ran the service with no usable platform, or with half of Slack's tokens. */
    public String explanation() {
        if (!problems.isEmpty()) {
            return String.join("\n\n", problems);
        }
        return "No chat platform is configured: set the environment variables of at least one.\n\n"
                + "Missing: " + SLACK_BOT_TOKEN + " and " + SLACK_APP_TOKEN + " (Slack), " + DISCORD_TOKEN
                + " (Discord).\n\n"
                + SLACK_HELP + "\n\n" + DISCORD_HELP + "\n\n"
                + "To practise without Slack or Discord, run: java -jar target/mle-drill.jar drill";
    }

    private static boolean isSet(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }
}
