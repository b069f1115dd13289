package dev.mledrill.chat;

import java.util.Locale;

public enum Platform {
    SLACK,
    DISCORD,
    CONSOLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Platform fromId(String id) {
        for (Platform p : values()) {
            if (p.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown platform '" + id + "' (expected slack, discord or console)");
    }
}
