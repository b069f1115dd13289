package dev.mledrill.metrics;

import dev.mledrill.chat.Platform;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * {@link Metrics} kept in a Micrometer Prometheus registry. Meter names (Prometheus form):
 * {@code mledrill_answers_received_total{platform}}, {@code mledrill_answers_stored_total},
 * {@code mledrill_answers_scored_total}, {@code mledrill_scoring_seconds} (histogram),
 * {@code mledrill_feedback_sent_total{platform}}, {@code mledrill_feedback_latency_seconds{platform}} (histogram,
 * answer arrived to feedback delivered), {@code mledrill_questions_posted_total{platform,channel,outcome}},
 * {@code executor_queued_tasks{name="scoring"}} and the rest of the scoring pool's executor meters,
 * {@code mledrill_platform_reconnects_total{platform}}, {@code mledrill_rate_limit_wait_seconds_count/_sum{platform}}, plus JVM memory and threads.
 */
public final class MicrometerMetrics implements Metrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter stored;
    private final Timer scoring;
    private final ReplyTimes replies = new ReplyTimes(System::nanoTime);

    public MicrometerMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        stored = Counter.builder("mledrill.answers.stored")
                .description("New answers stored")
                .register(registry);
        Counter.builder("mledrill.answers.scored").description("Answers scored").register(registry);
        scoring = Timer.builder("mledrill.scoring")
                .description("Time to score one answer")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    @Override
    public void answerReceived(Platform platform, String messageId) {
        registry.counter("mledrill.answers.received", "platform", platform.id()).increment();
        replies.arrived(messageId);
    }

    @Override
    public void answerStored() {
        stored.increment();
    }

    @Override
    public void answerScored(Duration took) {
        registry.counter("mledrill.answers.scored").increment();
        scoring.record(took);
    }

    @Override
    public void feedbackSent(Platform platform, String answerMessageId) {
        registry.counter("mledrill.feedback.sent", "platform", platform.id()).increment();
        replies.fedBack(answerMessageId)
                .ifPresent(latency -> Timer.builder("mledrill.feedback.latency")
                        .description("From an answer's arrival to its feedback delivered")
                        .tag("platform", platform.id())
                        .publishPercentileHistogram()
                        .minimumExpectedValue(Duration.ofMillis(10))
                        .maximumExpectedValue(Duration.ofMinutes(2))
                        .register(registry)
                        .record(latency));
    }

    @Override
    public void questionPosted(Platform platform, String channelId, boolean ok) {
        registry.counter(
                        "mledrill.questions.posted",
                        "platform",
                        platform.id(),
                        "channel",
                        channelId,
                        "outcome",
                        ok ? "posted" : "failed")
                .increment();
    }

    @Override
    public void scoringPool(ExecutorService pool) {
        new ExecutorServiceMetrics(pool, "scoring", List.of()).bindTo(registry);
    }

    @Override
    public void reconnected(Platform platform) {
        registry.counter("mledrill.platform.reconnects", "platform", platform.id())
                .increment();
    }

    @Override
    public void rateLimitWait(Platform platform, Duration wait) {
        registry.timer("mledrill.rate.limit.wait", "platform", platform.id()).record(wait);
    }

    /** The registry in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }
}
