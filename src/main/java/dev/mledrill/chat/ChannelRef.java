package dev.mledrill.chat;

import java.util.Objects;

/** A channel on one platform: the workspace (Slack team or Discord guild) and the channel id. */
public record ChannelRef(Platform platform, String team, String id) {
    public ChannelRef {
        Objects.requireNonNull(platform, "platform");
        team = UserRef.requireText(team, "team");
        id = UserRef.requireText(id, "id");
    }
}
