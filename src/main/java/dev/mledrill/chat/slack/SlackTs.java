package dev.mledrill.chat.slack;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/** Slack message timestamps ({@code "1700000000.123456"}): the message id within a channel and a time. */
final class SlackTs {
    private static final Pattern FORMAT = Pattern.compile("\\d{1,12}(\\.\\d{1,6})?");
    /** Clocks differ a little; a message more than this far ahead of ours was not written yet. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofHours(1);

    private SlackTs() {}

    /**
     * The time of a message's ts, which must be one: seconds and microseconds, not negative, not
     * blank, and not later than now (give or take an hour).
     *
     * @throws MalformedEvent naming what is wrong (never quoting a long value)
     */
    static Instant required(String ts, Instant now) {
        if (ts == null || ts.isBlank()) {
            throw new MalformedEvent("the message has no ts");
        }
        if (!FORMAT.matcher(ts).matches()) {
            throw new MalformedEvent("the ts is not a Slack timestamp (seconds.micros)");
        }
        Instant at = toInstant(ts, now);
        if (at.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new MalformedEvent("the ts lies in the future");
        }
        return at;
    }

    static Instant toInstant(String ts, Instant fallback) {
        if (ts == null || ts.isBlank()) {
            return fallback;
        }
        try {
            BigDecimal micros = new BigDecimal(ts.trim()).movePointRight(6);
            long value = micros.longValue();
            return Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1_000L);
        } catch (NumberFormatException | ArithmeticException e) {
            return fallback;
        }
    }

    /** A thread reply: it has a thread_ts that is not its own ts (the parent has thread_ts == ts). */
    static boolean isReply(String ts, String threadTs) {
        return threadTs != null && !threadTs.isBlank() && !threadTs.equals(ts);
    }
}
