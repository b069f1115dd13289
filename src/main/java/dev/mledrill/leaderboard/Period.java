package dev.mledrill.leaderboard;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** A leaderboard's time span: this week (from Monday 00:00), this month, or all time, in a given zone. */
public enum Period {
    WEEK,
    MONTH,
    ALL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Period fromId(String id) {
        String wanted = id == null ? "" : id.trim();
        for (Period p : values()) {
            if (p.id().equalsIgnoreCase(wanted)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown period '" + id + "' (expected week, month or all)");
    }

    /** When the period that contains {@code now} began in {@code zone}; empty for all time. */
    public Optional<Instant> start(Instant now, ZoneId zone) {
        ZonedDateTime today = now.atZone(zone).toLocalDate().atStartOfDay(zone);
        return switch (this) {
            case WEEK ->
                Optional.of(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .toLocalDate()
                        .atStartOfDay(zone)
                        .toInstant());
            case MONTH ->
                Optional.of(
                        today.withDayOfMonth(1).toLocalDate().atStartOfDay(zone).toInstant());
            case ALL -> Optional.empty();
        };
    }
}
