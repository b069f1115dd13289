package dev.mledrill.chat.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Slack Web API calls. Bolt's synchronous client throws on HTTP 429 without retrying, so a
 * rate-limited call waits for {@code Retry-After} and runs again (it is never dropped); server
 * errors and network failures get a few short retries; {@code "ok": false} becomes
 * {@link SlackCallFailed} unless the caller tolerates that error.
 */
final class SlackCalls {
    private static final Logger LOG = LoggerFactory.getLogger(SlackCalls.class);
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    @FunctionalInterface
    interface Call<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final int rateLimitAttempts;
    private final int transientAttempts;
    private final Pause pause;
    private final Consumer<Duration> rateLimitWaits;

    SlackCalls(int rateLimitAttempts, int transientAttempts, Pause pause) {
        this(rateLimitAttempts, transientAttempts, pause, wait -> {});
    }

    private SlackCalls(int rateLimitAttempts, int transientAttempts, Pause pause, Consumer<Duration> rateLimitWaits) {
        if (rateLimitAttempts < 1 || transientAttempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.rateLimitAttempts = rateLimitAttempts;
        this.transientAttempts = transientAttempts;
        this.pause = pause;
        this.rateLimitWaits = rateLimitWaits;
    }

    /** The same calls, telling {@code waits} each time one waits out a rate limit. */
    SlackCalls reportingRateLimits(Consumer<Duration> waits) {
        return new SlackCalls(rateLimitAttempts, transientAttempts, pause, waits);
    }

    /** The same calls, waiting with {@code pause} (one that ends early when its owner closes). */
    SlackCalls pausingWith(Pause pause) {
        return new SlackCalls(rateLimitAttempts, transientAttempts, pause, rateLimitWaits);
    }

    static SlackCalls waitingForReal() {
        return new SlackCalls(20, 3, d -> Thread.sleep(d.toMillis()));
    }

    /**
     * The same calls without retries, for look-ups made while Slack waits for an acknowledgement
     * (3 seconds): waiting out a Retry-After there would make Slack deliver the event again.
     */
    SlackCalls failingFast() {
        return new SlackCalls(1, 1, pause, rateLimitWaits);
    }

    <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
        return call(method, Set.of(), call);
    }

    /** Like {@link #call(String, Call)}, but the listed Slack error codes count as success. */
    <T extends SlackApiTextResponse> T call(String method, Set<String> toleratedErrors, Call<T> call) {
        int rateLimited = 0;
        int transientFailures = 0;
        while (true) {
            try {
                T response = call.run();
                if (!response.isOk() && !toleratedErrors.contains(response.getError())) {
                    throw new SlackCallFailed(method, response.getError());
                }
                return response;
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                if (status == 429 && ++rateLimited < rateLimitAttempts) {
                    Duration wait = retryAfter(e.getResponse().header("Retry-After"));
                    LOG.warn(
                            "Slack rate-limited {}; retrying in {} s (attempt {})",
                            method,
                            wait.toSeconds(),
                            rateLimited + 1);
                    rateLimitWaits.accept(wait);
                    waitFor(method, wait);
                } else if (status >= 500 && ++transientFailures < transientAttempts) {
                    LOG.warn("Slack answered {} with HTTP {}; retrying", method, status);
                    waitFor(method, Duration.ofMillis(500L * transientFailures));
                } else {
                    throw new SlackCallFailed(method, "HTTP " + status);
                }
            } catch (IOException e) {
                if (++transientFailures >= transientAttempts) {
                    throw new SlackCallFailed(method, "network: " + e.getClass().getSimpleName(), e);
                }
                LOG.warn(
                        "Slack call {} failed ({}); retrying",
                        method,
                        e.getClass().getSimpleName());
                waitFor(method, Duration.ofMillis(500L * transientFailures));
            }
        }
    }

    static Duration retryAfter(String header) {
        if (header == null) {
            return DEFAULT_RETRY_AFTER;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds < 0 ? DEFAULT_RETRY_AFTER : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }

    private void waitFor(String method, Duration wait) {
        try {
            pause.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackCallFailed(method, "interrupted while waiting to retry", e);
        }
    }
}
