package dev.mledrill.chat;

import java.util.Objects;

/** A person on one platform: the workspace (Slack team or Discord guild) and their id there. */
public record UserRef(Platform platform, String team, String id) {
    public UserRef {
        Objects.requireNonNull(platform, "platform");
        team = requireText(team, "team");
        id = requireText(id, "id");
    }

    static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
