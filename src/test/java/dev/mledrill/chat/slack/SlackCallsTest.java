package dev.mledrill.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlackCallsTest {
    private final List<Duration> pauses = new ArrayList<>();
    private final SlackCalls calls = new SlackCalls(3, 3, pauses::add);

    /** Plays back a script: an exception is thrown, a response is returned. */
    private static SlackCalls.Call<ChatPostMessageResponse> script(Object... outcomes) {
        Deque<Object> left = new ArrayDeque<>(List.of(outcomes));
        return () -> {
            Object next = left.removeFirst();
            if (next instanceof SlackApiException e) {
                throw e;
            }
            if (next instanceof IOException e) {
                throw e;
            }
            return (ChatPostMessageResponse) next;
        };
    }

    private static SlackApiException http(int code, String retryAfter) {
        Response.Builder response = new Response.Builder()
                .request(new Request.Builder()
                        .url("http://127.0.0.1/api/chat.postMessage")
                        .build())
                .protocol(Protocol.HTTP_1_1)
                .code(code)
                .message("status " + code)
                .body(ResponseBody.create("{\"ok\":false,\"error\":\"ratelimited\"}", null));
        if (retryAfter != null) {
            response.header("Retry-After", retryAfter);
        }
        return new SlackApiException(response.build(), "{\"ok\":false,\"error\":\"ratelimited\"}");
    }

    private static ChatPostMessageResponse answer(boolean ok, String error) {
        ChatPostMessageResponse response = new ChatPostMessageResponse();
        response.setOk(ok);
        response.setError(error);
        response.setTs("1764000000.000001");
        return response;
    }

    @Test
    @DisplayName("a 429 waits for Retry-After and runs the call again until it succeeds")
    void retriesRateLimits() {
        ChatPostMessageResponse result =
                calls.call("chat.postMessage", script(http(429, "7"), http(429, "2"), answer(true, null)));

        assertThat(result.getTs()).isEqualTo("1764000000.000001");
        assertThat(pauses).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(2));
    }

    @Test
    @DisplayName("a 429 without a usable Retry-After waits one second")
    void defaultWait() {
        calls.call("chat.postMessage", script(http(429, null), http(429, "soon"), answer(true, null)));

        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    @DisplayName("after the last allowed attempt a rate-limited call fails loudly rather than vanishing")
    void givesUpLoudly() {
        assertThatThrownBy(() -> calls.call("chat.postMessage", script(http(429, "1"), http(429, "1"), http(429, "1"))))
                .isInstanceOf(SlackCallFailed.class)
                .hasMessage("Slack chat.postMessage failed: HTTP 429");
    }

    @Test
    @DisplayName("server errors and network failures are retried a few times with short waits")
    void retriesTransientFailures() {
        ChatPostMessageResponse result =
                calls.call("chat.postMessage", script(http(503, null), new IOException("reset"), answer(true, null)));

        assertThat(result.isOk()).isTrue();
        assertThat(pauses).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    @DisplayName("look-ups made while Slack waits for an ack fail fast instead of waiting out a rate limit")
    void failingFast() {
        assertThatThrownBy(() -> calls.failingFast().call("users.info", script(http(429, "30"), answer(true, null))))
                .isInstanceOf(SlackCallFailed.class)
                .hasMessage("Slack users.info failed: HTTP 429");
        assertThat(pauses).isEmpty();
    }

    @Test
    @DisplayName("ok:false becomes SlackCallFailed with Slack's error code, unless the caller tolerates it")
    void okFalse() {
        assertThatThrownBy(() -> calls.call("reactions.add", script(answer(false, "channel_not_found"))))
                .isInstanceOf(SlackCallFailed.class)
                .satisfies(e -> assertThat(((SlackCallFailed) e).error()).isEqualTo("channel_not_found"));

        assertThat(calls.call("reactions.add", Set.of("already_reacted"), script(answer(false, "already_reacted")))
                        .isOk())
                .isFalse();
        assertThat(pauses).isEmpty();
    }

    @Test
    @DisplayName("each rate-limit wait is reported (for the service's metrics) before it is waited out")
    void reportsRateLimitWaits() {
        java.util.List<Duration> reported = new java.util.ArrayList<>();
        calls.reportingRateLimits(reported::add)
                .call("chat.postMessage", script(http(429, "7"), http(429, "2"), answer(true, null)));

        assertThat(reported).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(2));
        assertThat(pauses).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(2));
    }
}
