package dev.mledrill.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.chat.slack.FakeSlack;
import dev.mledrill.testing.JarRun;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar's {@code run} on a fake Slack with {@code metrics.port} set: its HTTP endpoints, from outside. */
class MetricsEndpointsIT {
    private static final String CHANNEL = "C0DRILLS";
    private static final Duration START = Duration.ofSeconds(40);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dir;

    @Test
    @DisplayName(
            "run with metrics.port: /healthz and /readyz answer 200 and /metrics counts an answer stored, scored and fed back")
    void endpoints() throws Exception {
        int port = freePort();
        try (FakeSlack slack = FakeSlack.start()) {
            Path config = Files.writeString(
                    dir.resolve("mle-drill.yaml"),
                    "database: " + dir.resolve("data") + "\nmetrics:\n  port: " + port + "\n"
                            + slack.serviceConfig(CHANNEL, "feedback: thread"));
            try (JarRun.Started run = JarRun.of("run", "--config", config.toString())
                    .in(dir)
                    .jvm("-XX:+UseSerialGC")
                    .env("SLACK_BOT_TOKEN", slack.settings().botToken())
                    .env("SLACK_APP_TOKEN", slack.settings().appToken())
                    .start()) {
                await().atMost(START).pollInterval(Duration.ofMillis(200)).until(() -> {
                    assertThat(run.process().isAlive()).as(run.err()).isTrue();
                    return run.err().contains("mle-drill is running");
                });
                assertThat(get(port, "/healthz").statusCode()).isEqualTo(200);
                HttpResponse<String> ready = get(port, "/readyz");
                assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
                assertThat(ready.body()).isEqualTo("ok\n");

                slack.awaitCall("chat.postMessage");
                String questionTs = slack.postedTs().get(0);
                FakeSlack.Delivery answer = slack.keptThreadReply(
                        CHANNEL,
                        questionTs,
                        "U0ANNA",
                        "I would look at p95 latency and the drift of the input features before rolling back the model.");
                await().atMost(Duration.ofSeconds(15)).until(() -> slack.acked(answer.envelopeId()));
                await().atMost(Duration.ofSeconds(15))
                        .untilAsserted(() -> assertThat(get(port, "/metrics").body())
                                .contains(
                                        "mledrill_answers_received_total{platform=\"slack\"} 1.0",
                                        "mledrill_answers_stored_total 1.0",
                                        "mledrill_answers_scored_total 1.0",
                                        "mledrill_scoring_seconds_count 1",
                                        "mledrill_feedback_sent_total{platform=\"slack\"} 1.0",
                                        "mledrill_feedback_latency_seconds_count{platform=\"slack\"} 1",
                                        "mledrill_questions_posted_total{channel=\"" + CHANNEL
                                                + "\",outcome=\"posted\",platform=\"slack\"} 1.0",
                                        "executor_queued_tasks{name=\"scoring\"} 0.0"));
                assertThat(run.stop(Duration.ofSeconds(30)).exit()).isZero();
            }
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
