package dev.mledrill.chat;

import java.util.Locale;

/** Where a user's feedback goes: only they see it, a reply in the question's thread, or a DM. */
public enum FeedbackMode {
    EPHEMERAL,
    THREAD,
    DM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FeedbackMode fromId(String id) {
        for (FeedbackMode m : values()) {
            if (m.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown feedback mode '" + id + "' (expected ephemeral, thread or dm)");
    }
}
