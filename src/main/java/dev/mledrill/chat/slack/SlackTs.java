package dev.mledrill.chat.slack;

import java.math.BigDecimal;
import java.time.Instant;

/** Slack message timestamps ({@code "1700000000.123456"}): the message id within a channel and a time. */
final class SlackTs {
    private SlackTs() {
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
