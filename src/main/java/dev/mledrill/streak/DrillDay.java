package dev.mledrill.streak;

import java.time.LocalDate;
import java.util.Objects;

/** A day on which a question was posted in the scope; {@code closed} once its answer window has closed. */
public record DrillDay(LocalDate date, boolean closed) {
    public DrillDay {
        Objects.requireNonNull(date, "date");
    }
}
