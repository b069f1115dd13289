package dev.mledrill.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One scheduled drill of a channel: its day (in the channel's zone), when the question goes out
 * and when its answer window closes.
 */
public record DrillOccurrence(LocalDate drillDate, ZonedDateTime postAt, ZonedDateTime closesAt) {
    public DrillOccurrence {
        Objects.requireNonNull(drillDate, "drillDate");
        Objects.requireNonNull(postAt, "postAt");
        Objects.requireNonNull(closesAt, "closesAt");
        if (!closesAt.isAfter(postAt)) {
            throw new IllegalArgumentException("window closes " + closesAt + " before the post at " + postAt);
        }
    }

    /** Whether {@code at} falls inside the answer window [postAt, closesAt). */
    public boolean isOpenAt(Instant at) {
        return !at.isBefore(postAt.toInstant()) && at.isBefore(closesAt.toInstant());
    }
}
