package dev.mledrill.chat.slack;

import com.slack.api.methods.MethodsRateLimitTier;
import com.slack.api.methods.MethodsRateLimits;
import java.time.Duration;

/**
 * Spaces the calls of one Web API method evenly at its rate-limit tier (Bolt's table: {@code users.info}
 * Tier 4, 100 a minute; {@code users.list} Tier 2, 20 a minute), so background look-ups stay under the
 * limit instead of running into 429s. For one thread.
 */
final class SlackPace {
    private final Duration interval;
    private final SlackCalls.Pause pause;
    private long nextNanos = System.nanoTime();

    SlackPace(Duration interval, SlackCalls.Pause pause) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("a pace interval cannot be negative: " + interval);
        }
        this.interval = interval;
        this.pause = pause;
    }

    /** The time between two calls of {@code method} at its tier in Bolt's table. */
    static Duration ofTier(String method) {
        MethodsRateLimitTier tier = MethodsRateLimits.lookupRateLimitTier(method);
        Integer perMinute = tier == null ? null : MethodsRateLimitTier.getAllowedRequestsPerMinute(tier);
        if (perMinute == null || perMinute <= 0) {
            throw new IllegalArgumentException("no rate-limit tier known for Slack method " + method);
        }
        return Duration.ofMinutes(1).dividedBy(perMinute);
    }

    /** Waits until the next call may go, and books the slot after it. */
    void await() throws InterruptedException {
        long wait = nextNanos - System.nanoTime();
        if (wait > 0) {
            pause.sleep(Duration.ofNanos(wait));
        }
        nextNanos = Math.max(nextNanos, System.nanoTime()) + interval.toNanos();
    }
}
