package dev.mledrill.streak;

import java.util.Locale;

/** What streaks and leaderboards count over: one channel, or every channel of a workspace. */
public enum Scope {
    CHANNEL,
    WORKSPACE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scope fromId(String id) {
        for (Scope s : values()) {
            if (s.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown scope '" + id + "' (expected channel or workspace)");
    }
}
