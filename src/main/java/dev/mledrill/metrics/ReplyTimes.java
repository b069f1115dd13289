package dev.mledrill.metrics;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * When each answer arrived, until its feedback goes out: the reply-to-feedback latency. An answer
 * whose feedback never comes (withdrawn, a redelivery of one already fed back) is forgotten after
 * {@link #FORGET_AFTER}, so the map stays small however long the service runs.
 */
final class ReplyTimes {
    static final Duration FORGET_AFTER = Duration.ofMinutes(30);
    private static final int SWEEP_ABOVE = 10_000;
    private final Map<String, Long> arrivedNanos = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    ReplyTimes(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    void arrived(String messageId) {
        long now = nanoTime.getAsLong();
        arrivedNanos.putIfAbsent(messageId, now);
        if (arrivedNanos.size() > SWEEP_ABOVE) {
            forgetOlderThan(now - FORGET_AFTER.toNanos());
        }
    }

    /** How long ago the answer arrived, if this process saw it arrive; forgets it. */
    Optional<Duration> fedBack(String messageId) {
        Long arrived = arrivedNanos.remove(messageId);
        return arrived == null ? Optional.empty() : Optional.of(Duration.ofNanos(nanoTime.getAsLong() - arrived));
    }

    int tracked() {
        return arrivedNanos.size();
    }

    private void forgetOlderThan(long cutoff) {
        for (Iterator<Long> it = arrivedNanos.values().iterator(); it.hasNext(); ) {
            if (it.next() - cutoff < 0) {
                it.remove();
            }
        }
    }
}
