package dev.mledrill.metrics;

import dev.mledrill.chat.ConnectionEvents;
import dev.mledrill.chat.Platform;
import java.time.Duration;

/** What the running service reports: platform-neutral events, counted or timed by the implementation. */
public interface Metrics {

    /** Reports nothing: terminal commands and a service without {@code metrics.port}. */
    Metrics NONE = new Metrics() {};

    /** An answer (new, edited or deleted), message {@code messageId}, arrived from a platform. */
    default void answerReceived(Platform platform, String messageId) {}

    /** A new answer was stored (a redelivered duplicate is not counted). */
    default void answerStored() {}

    /** An answer was scored, taking {@code took}. */
    default void answerScored(Duration took) {}

    /** Feedback on the answer in message {@code answerMessageId} was delivered to the platform. */
    default void feedbackSent(Platform platform, String answerMessageId) {}

    /** A daily question was posted in {@code channelId} ({@code ok}) or its post failed. */
    default void questionPosted(Platform platform, String channelId, boolean ok) {}

    /** The executor answers are scored on, so its queue can be watched. */
    default void scoringPool(java.util.concurrent.ExecutorService pool) {}

    /** A platform connection was re-established after it dropped. */
    default void reconnected(Platform platform) {}

    /** A call to the platform was rate-limited and waits {@code wait} before it is made again. */
    default void rateLimitWait(Platform platform, Duration wait) {}

    /** What a platform's adapter reports about its connection, as this platform's events. */
    default ConnectionEvents connectionEvents(Platform platform) {
        Metrics metrics = this;
        return new ConnectionEvents() {
            @Override
            public void reconnected() {
                metrics.reconnected(platform);
            }

            @Override
            public void rateLimited(Duration wait) {
                metrics.rateLimitWait(platform, wait);
            }
        };
    }
}
