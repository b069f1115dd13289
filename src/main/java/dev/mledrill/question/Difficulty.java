package dev.mledrill.question;

import java.util.Locale;
import java.util.Optional;

public enum Difficulty {
    EASY,
    MEDIUM,
    HARD;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Difficulty> fromId(String id) {
        for (Difficulty d : values()) {
            if (d.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
