package dev.mledrill.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code retention.answer_text_days} setting: answer texts older than that many days are
 * deleted (with their edit texts and quoted evidence), their scores kept. Runs at start and then
 * daily inside the service, or once from {@code mle-drill retention apply}.
 */
public final class AnswerTextRetention {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerTextRetention.class);
    static final Duration PERIOD = Duration.ofDays(1);

    private final PersonalData data;
    private final Optional<Integer> days;
    private final Clock clock;

    /** @param days how long answer texts are kept; empty keeps them for ever */
    public AnswerTextRetention(PersonalData data, Optional<Integer> days, Clock clock) {
        this.data = Objects.requireNonNull(data, "data");
        this.days = Objects.requireNonNull(days, "days");
        days.filter(d -> d < 1).ifPresent(d -> {
            throw new IllegalArgumentException("retention.answer_text_days must be at least 1, got " + d);
        });
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public boolean enabled() {
        return days.isPresent();
    }

    /** Answers received before this instant lose their text now. */
    public Optional<Instant> cutoff() {
        return days.map(d -> clock.instant().minus(Duration.ofDays(d)));
    }

    /** Removes the texts past the retention period; returns how many answers lost theirs (0 when disabled). */
    public int apply() {
        Optional<Instant> cutoff = cutoff();
        if (cutoff.isEmpty()) {
            return 0;
        }
        int purged = data.purgeAnswerTexts(cutoff.get(), clock.instant());
        if (purged > 0) {
            LOG.info(
                    "retention: removed the text of {} answer(s) received before {} (scores kept)",
                    purged,
                    cutoff.get());
        }
        return purged;
    }

    /** Runs {@link #apply()} now and every day on {@code executor}; nothing when retention is off. */
    public Optional<ScheduledFuture<?>> schedule(ScheduledExecutorService executor) {
        if (!enabled()) {
            return Optional.empty();
        }
        return Optional.of(
                executor.scheduleAtFixedRate(this::applyLogged, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS));
    }

    private void applyLogged() {
        try {
            apply();
        } catch (RuntimeException e) {
            // A failed run must not cancel the daily schedule; the next run catches up.
            LOG.warn(
                    "retention run failed ({}); it runs again in {} h",
                    e.getClass().getSimpleName(),
                    PERIOD.toHours());
        }
    }
}
