package dev.mledrill.chat.discord;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * How to reach Discord. {@code token} comes from the environment ({@code DISCORD_TOKEN}) and is
 * never printed: {@link #toString()} masks it. {@code restBaseUrl} ({@code discord.rest_base_url})
 * and {@code gatewayUrl} ({@code discord.gateway_url}) default to Discord's own; tests point them
 * at a local fake. {@code adminRoles} are role ids or names whose members may run admin commands
 * besides those with the Manage Server permission.
 */
public record DiscordSettings(String token, String restBaseUrl, String gatewayUrl, List<String> adminRoles) {

    public static final String TOKEN_ENV = "DISCORD_TOKEN";
    public static final String DEFAULT_REST_BASE_URL = "https://discord.com/api/v10/";
    public static final String DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg";

    public DiscordSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException(TOKEN_ENV + " is not set: copy the bot token from the Discord "
                    + "developer portal (Applications > your app > Bot > Reset Token)");
        }
        token = token.strip();
        restBaseUrl = checkedUrl(restBaseUrl, DEFAULT_REST_BASE_URL, "discord.rest_base_url", "http");
        if (!restBaseUrl.endsWith("/")) {
            restBaseUrl = restBaseUrl + "/";
        }
        gatewayUrl = checkedUrl(gatewayUrl, DEFAULT_GATEWAY_URL, "discord.gateway_url", "ws");
        adminRoles = adminRoles == null ? List.of() : List.copyOf(adminRoles);
    }

    /** Discord's own endpoints and no extra admin roles. */
    public static DiscordSettings of(String token) {
        return new DiscordSettings(token, null, null, List.of());
    }

    private static String checkedUrl(String value, String fallback, String key, String schemePrefix) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String url = value.strip();
        try {
            String scheme = URI.create(url).getScheme();
            if (scheme != null
                    && scheme.toLowerCase(Locale.ROOT).startsWith(schemePrefix)
                    && URI.create(url).getHost() != null) {
                return url;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the key
        }
        throw new IllegalArgumentException(key + ": '" + url + "' is not a " + schemePrefix + "(s):// URL");
    }

    @Override
    public String toString() {
        return "DiscordSettings[token=***, restBaseUrl=" + restBaseUrl + ", gatewayUrl=" + gatewayUrl + ", adminRoles="
                + adminRoles + "]";
    }
}
