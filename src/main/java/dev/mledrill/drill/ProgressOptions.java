package dev.mledrill.drill;

import java.time.Duration;
import java.util.Objects;

/**
 * A channel's progress options: the Friday weekly wrap-up with the team chart, and streak
 * reminders (the default for people who have not said {@code /drill remind on|off}) sent
 * {@code remindBefore} the answer window closes.
 */
public record ProgressOptions(boolean weeklySummary, boolean reminders, Duration remindBefore) {
    public static final Duration DEFAULT_REMIND_BEFORE = Duration.ofHours(2);
    public static final ProgressOptions DEFAULTS = new ProgressOptions(false, false, DEFAULT_REMIND_BEFORE);

    public ProgressOptions {
        Objects.requireNonNull(remindBefore, "remindBefore");
        if (remindBefore.isNegative() || remindBefore.isZero()) {
            throw new IllegalArgumentException("remind_before must be positive, not " + remindBefore);
        }
    }
}
