package dev.mledrill.chat;

import java.util.Locale;

/** Which private answers the wrap-up shows in the thread: all of them, the three best, or none. */
public enum RevealMode {
    ALL(Integer.MAX_VALUE),
    TOP3(3),
    NONE(0);

    private final int limit;

    RevealMode(int limit) {
        this.limit = limit;
    }

    /** How many answers (one per person, best first) are revealed at most. */
    public int limit() {
        return limit;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RevealMode fromId(String id) {
        for (RevealMode m : values()) {
            if (m.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown reveal '" + id + "' (expected all, top3 or none)");
    }
}
