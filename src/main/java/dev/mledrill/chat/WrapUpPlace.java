package dev.mledrill.chat;

import java.util.Locale;

/** Where a channel's wrap-up goes (option {@code wrap_up}): a reply in the question's thread, or the channel itself. */
public enum WrapUpPlace {
    THREAD,
    CHANNEL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WrapUpPlace fromId(String id) {
        for (WrapUpPlace p : values()) {
            if (p.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown wrap-up place '" + id + "' (expected thread or channel)");
    }
}
