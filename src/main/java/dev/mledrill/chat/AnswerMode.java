package dev.mledrill.chat;

import java.util.Locale;

/**
 * Where a channel's answers are written: replies in the question's thread (everyone reads them at
 * once), or privately in a form (Slack modal, Discord modal) and revealed at the close.
 */
public enum AnswerMode {
    THREAD,
    PRIVATE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AnswerMode fromId(String id) {
        for (AnswerMode m : values()) {
            if (m.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown answers mode '" + id + "' (expected thread or private)");
    }
}
