package dev.mledrill.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mledrill.chat.Platform;
import dev.mledrill.store.Database;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HealthServerTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final Database database = Database.h2InMemory("health-" + System.nanoTime());
    private final MicrometerMetrics metrics = new MicrometerMetrics();
    private final AtomicBoolean platformUp = new AtomicBoolean(false);
    private HealthServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        database.close();
    }

    private HealthServer start() {
        Check db = new DatabaseCheck(database.dataSource());
        Check platform = () -> platformUp.get() ? Optional.empty() : Optional.of("slack not connected");
        server = HealthServer.start(new InetSocketAddress("127.0.0.1", 0), db, List.of(db, platform), metrics::scrape);
        return server;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName(
            "/healthz answers 200 while the database answers; /readyz waits for the platform with a one-line reason")
    void healthAndReadiness() throws Exception {
        start();
        assertThat(get("/healthz").statusCode()).isEqualTo(200);
        HttpResponse<String> notReady = get("/readyz");
        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(notReady.body()).isEqualTo("slack not connected\n");
        platformUp.set(true);
        assertThat(get("/readyz").statusCode()).isEqualTo(200);
        assertThat(get("/healthz/extra").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("a closed database makes /healthz and /readyz 503 and says why")
    void databaseDown() throws Exception {
        platformUp.set(true);
        start();
        database.close();
        HttpResponse<String> health = get("/healthz");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).startsWith("database not reachable").doesNotContain("\n\tat ");
        assertThat(get("/readyz").statusCode()).isEqualTo(503);
    }

    @Test
    @DisplayName("/metrics is Prometheus text with the service's counters and the scoring histogram")
    void prometheusText() throws Exception {
        start();
        metrics.answerReceived(Platform.SLACK, "1764000000.000100");
        metrics.answerStored();
        metrics.answerScored(Duration.ofMillis(12));
        metrics.feedbackSent(Platform.SLACK, "1764000000.000100");
        metrics.feedbackSent(Platform.SLACK, "never-seen-arrive");
        metrics.questionPosted(Platform.DISCORD, "C1", false);
        metrics.reconnected(Platform.DISCORD);
        metrics.rateLimitWait(Platform.SLACK, Duration.ofSeconds(3));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(1);
        metrics.scoringPool(pool);
        pool.shutdown();
        HttpResponse<String> response = get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(response.body())
                .contains(
                        "mledrill_answers_received_total{platform=\"slack\"} 1.0",
                        "mledrill_answers_stored_total 1.0",
                        "mledrill_answers_scored_total 1.0",
                        "mledrill_scoring_seconds_count 1",
                        "mledrill_scoring_seconds_bucket",
                        "mledrill_feedback_sent_total{platform=\"slack\"} 2.0",
                        "mledrill_feedback_latency_seconds_count{platform=\"slack\"} 1",
                        "mledrill_feedback_latency_seconds_bucket{platform=\"slack\"",
                        "mledrill_questions_posted_total{channel=\"C1\",outcome=\"failed\",platform=\"discord\"} 1.0",
                        "mledrill_platform_reconnects_total{platform=\"discord\"} 1.0",
                        "mledrill_rate_limit_wait_seconds_count{platform=\"slack\"} 1",
                        "mledrill_rate_limit_wait_seconds_sum{platform=\"slack\"} 3.0",
                        "executor_queued_tasks{name=\"scoring\"}");
    }

    @Test
    @DisplayName("a port in use is one clear line naming the keys to check")
    void portInUse() {
        start();
        assertThatThrownBy(() -> HealthServer.start(
                        new InetSocketAddress("127.0.0.1", server.port()), Optional::empty, List.of(), metrics::scrape))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("metrics: cannot listen on 127.0.0.1:" + server.port())
                .hasMessageContaining("metrics.port");
    }
}
