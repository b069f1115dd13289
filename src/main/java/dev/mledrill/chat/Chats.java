package dev.mledrill.chat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The chat adapters that are running, by platform. */
public final class Chats {
    private final Map<Platform, Chat> byPlatform = new EnumMap<>(Platform.class);

    public Chats register(Chat chat) {
        byPlatform.put(chat.platform(), chat);
        return this;
    }

    public Optional<Chat> find(Platform platform) {
        return Optional.ofNullable(byPlatform.get(platform));
    }

    public Chat get(Platform platform) {
        return find(platform)
                .orElseThrow(() -> new IllegalStateException("no chat adapter running for " + platform.id()));
    }
}
