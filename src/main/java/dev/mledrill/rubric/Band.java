package dev.mledrill.rubric;

import java.util.Objects;

/** A named score band: a total at or above {@code min} (and below the next band) earns this name. */
public record Band(String name, double min) {
    public Band {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("band name is blank");
        }
        if (min < 0 || min > 100) {
            throw new IllegalArgumentException("band " + name + ": min " + min + " outside 0..100");
        }
    }
}
