package dev.mledrill.drill.copies;

import java.util.Locale;
import java.util.Optional;

/** Why an answer does not count: a near copy of someone else's answer in the thread, or of the author's own answer to another question. */
public enum CopyFlag {
    COPIED,
    RECYCLED;

    /** As stored and exported: {@code copied}, {@code recycled}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CopyFlag> fromId(String id) {
        for (CopyFlag flag : values()) {
            if (flag.id().equals(id)) {
                return Optional.of(flag);
            }
        }
        return Optional.empty();
    }
}
