package dev.mledrill.chat.slack;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A fake Slack on 127.0.0.1 for tests and benchmarks: the Web API ({@code /api/<method>}) and
 * the Socket Mode WebSocket ({@code /link}) on one port. It records every API call, lets a test
 * script one-shot answers (e.g. a 429), and pushes envelopes (events, slash commands) down the
 * socket, recording the client's acknowledgements.
 */
public final class FakeSlack implements AutoCloseable {
    public static final String TEAM = "T0DRILL";
    public static final String BOT_USER = "U0BOT";
    public static final String APP_ID = "A0DRILL";

    /** One Web API call as the fake received it (form parameters decoded). */
    public record ApiCall(String method, Map<String, String> params, Instant at) {
        public String param(String name) {
            return params.get(name);
        }
    }

    /** What was pushed down the socket: the envelope id, and for messages the event id and message ts. */
    public record Delivery(String envelopeId, String eventId, String ts) {}

    private final MockWebServer server = new MockWebServer();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, JsonNode> acks = new ConcurrentHashMap<>();
    private final Map<String, Long> ackNanos = new ConcurrentHashMap<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();
    private final FakeSlackWebApi api =
            new FakeSlackWebApi(json, this::nextTs, () -> base("ws") + "/link", () -> base("http") + "/upload/");
    private volatile WebSocket socket;

    private FakeSlack() {}

    public static FakeSlack start() {
        FakeSlack fake = new FakeSlack();
        fake.server.setDispatcher(fake.new Routes());
        try {
            fake.server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fake;
    }

    /**
     * The configuration that points the service at this fake with one daily drill channel, its further
     * channel keys ({@code options}, YAML lines such as {@code "answers: private"}) appended.
     */
    public String serviceConfig(String channel, String... options) {
        StringBuilder yaml = new StringBuilder("""
                slack:
                  api_base_url: %s
                channels:
                  - platform: slack
                    team: %s
                    channel: %s
                    name: drills
                    schedule: "0 0 0 ? * *"
                    time_zone: UTC
                """.formatted(settings().apiBaseUrl(), TEAM, channel));
        for (String option : options) {
            yaml.append("    ").append(option).append('\n');
        }
        return yaml.toString();
    }

    public SlackSettings settings() {
        return new SlackSettings("xoxb-fake-bot-token", "xapp-fake-app-token", base("http") + "/api/");
    }

    private String base(String scheme) {
        return scheme + "://127.0.0.1:" + server.getPort();
    }

    // ---- scripting the Web API

    /** The next call of {@code method} is answered with HTTP 429 and {@code Retry-After}. */
    public void rateLimitNext(String method, int retryAfterSeconds) {
        api.script(method, rateLimited(retryAfterSeconds));
    }

    static MockResponse rateLimited(long retryAfterSeconds) {
        return new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", retryAfterSeconds)
                .addHeader("Content-Type", "application/json")
                .body("{\"ok\":false,\"error\":\"ratelimited\"}")
                .build();
    }

    /** A held method: its calls arrive (and are recorded) but get no answer until {@link #release()} or close. */
    public record Hold(CountDownLatch latch) implements AutoCloseable {
        public void release() {
            latch.countDown();
        }

        @Override
        public void close() {
            release();
        }
    }

    /** Every call of {@code method} from now on waits unanswered until the hold is released (at most 30 s). */
    public Hold hold(String method) {
        Hold hold = new Hold(new CountDownLatch(1));
        api.hold(method, hold.latch());
        return hold;
    }

    /** Answers {@code method} with 429 (and Retry-After) beyond {@code perMinute} calls in any minute, as Slack's tiers do. */
    public void limitRate(String method, int perMinute) {
        api.limitRate(method, perMinute);
    }

    /** The next call of {@code method} answers {@code "ok": false} with this error code. */
    public void failNext(String method, String error) {
        api.script(method, FakeSlackWebApi.jsonResponse("{\"ok\":false,\"error\":\"" + error + "\"}"));
    }

    public void addUser(String id, String displayName, boolean admin) {
        api.addUser(id, displayName, admin);
    }

    /** A message already in a thread, returned by {@code conversations.replies}. */
    public String addThreadMessage(String channel, String threadTs, String user, String botId, String text) {
        String ts = nextTs();
        ObjectNode m = json.createObjectNode()
                .put("type", "message")
                .put("ts", ts)
                .put("thread_ts", threadTs)
                .put("text", text);
        if (user != null) {
            m.put("user", user);
        }
        if (botId != null) {
            m.put("bot_id", botId);
        }
        api.addThreadMessage(channel, threadTs, m);
        return ts;
    }

    /**
     * Edits a thread message as Slack keeps it ({@code conversations.replies} then shows the new text
     * and {@code edited}) without sending an event, as when the edit was made while the bot was down.
     * Returns the edit's ts.
     */
    public String editThreadMessage(String channel, String threadTs, String ts, String newText) {
        ObjectNode message = api.threadMessage(channel, threadTs, ts)
                .orElseThrow(() -> new IllegalArgumentException("no message " + ts + " in thread " + threadTs));
        String editTs = nextTs();
        message.put("text", newText)
                .putObject("edited")
                .put("user", message.path("user").asText())
                .put("ts", editTs);
        return editTs;
    }

    /** Deletes a thread message without sending an event, as when it was deleted while the bot was down. */
    public void removeThreadMessage(String channel, String threadTs, String ts) {
        api.removeThreadMessage(channel, threadTs, ts);
    }

    public void repliesPageSize(int size) {
        api.repliesPageSize(size);
    }

    /** Calls {@code listener} on the server thread as each Web API call arrives (for timing in benchmarks). */
    public void onCall(Consumer<ApiCall> listener) {
        api.listeners.add(listener);
    }

    // ---- what the client did

    public List<ApiCall> calls(String method) {
        return api.calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public List<ApiCall> calls() {
        return List.copyOf(api.calls);
    }

    /** The ts of every message posted with chat.postMessage, in order. */
    /** The bytes uploaded to each upload URL the fake handed out, by file id. */
    public Map<String, byte[]> uploads() {
        return Map.copyOf(api.uploads);
    }

    public List<String> postedTs() {
        return List.copyOf(api.postedTs);
    }

    public ApiCall awaitCall(String method) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !calls(method).isEmpty());
        return calls(method).get(0);
    }

    public JsonNode awaitAck(String envelopeId) {
        JsonNode ack = acks.get(envelopeId);
        if (ack != null) {
            return ack;
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> acks.containsKey(envelopeId));
        return acks.get(envelopeId);
    }

    /** {@link System#nanoTime()} when the envelope's acknowledgement arrived, or null. */
    public Long ackedAtNanos(String envelopeId) {
        return ackNanos.get(envelopeId);
    }

    public int ackCount() {
        return acks.size();
    }

    /** Waits until at least {@code count} Socket Mode connections were opened and one is live. */
    public void awaitConnections(int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> connections.get() >= count && socket != null);
    }

    public boolean acked(String envelopeId) {
        return acks.containsKey(envelopeId);
    }

    public void awaitConnected() {
        if (socket != null) {
            return;
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> socket != null);
    }

    /** Slack's periodic "disconnect" notice: the client must open a new connection; returns once it has. */
    public void requestReconnect() {
        awaitConnected();
        WebSocket old = socket;
        old.send("{\"type\":\"disconnect\",\"reason\":\"refresh_requested\",\"debug_info\":{\"host\":\"fake\"}}");
        await().atMost(Duration.ofSeconds(15)).until(() -> socket != null && socket != old);
    }

    // ---- pushing envelopes

    /** A person's reply in a thread ({@code message} event with {@code thread_ts}). */
    public Delivery threadReply(String channel, String threadTs, String user, String text) {
        return sendEvent(replyEvent(channel, threadTs, user, text), 0, null);
    }

    /** The {@code message} event of a new reply in a thread (not sent yet). */
    public ObjectNode replyEvent(String channel, String threadTs, String user, String text) {
        return message(channel, nextTs(), text)
                .put("user", user)
                .put("thread_ts", threadTs)
                .put("parent_user_id", BOT_USER);
    }

    /**
     * A reply as Slack keeps it: stored in the thread (so {@code conversations.replies} returns it)
     * and delivered as an event, like {@link #threadReply}.
     */
    public Delivery keptThreadReply(String channel, String threadTs, String user, String text) {
        ObjectNode event = replyEvent(channel, threadTs, user, text);
        api.addThreadMessage(
                channel,
                threadTs,
                json.createObjectNode()
                        .put("type", "message")
                        .put("user", user)
                        .put("ts", event.get("ts").asText())
                        .put("thread_ts", threadTs)
                        .put("text", text));
        return sendEvent(event, 0, null);
    }

    /** Slack delivering the same event again (as after a missed ack). */
    public Delivery redeliver(Delivery original, ObjectNode event, int retryAttempt) {
        return sendEvent(event, retryAttempt, original.eventId());
    }

    public ObjectNode message(String channel, String ts, String text) {
        return json.createObjectNode()
                .put("type", "message")
                .put("channel", channel)
                .put("text", text)
                .put("ts", ts)
                .put("event_ts", ts)
                .put("channel_type", channel.startsWith("D") ? "im" : "channel");
    }

    public Delivery edit(String channel, String threadTs, String ts, String user, String oldText, String newText) {
        String eventTs = nextTs();
        ObjectNode event = json.createObjectNode()
                .put("type", "message")
                .put("subtype", "message_changed")
                .put("channel", channel)
                .put("hidden", true)
                .put("ts", eventTs)
                .put("event_ts", eventTs);
        event.putObject("message")
                .put("type", "message")
                .put("user", user)
                .put("text", newText)
                .put("ts", ts)
                .put("thread_ts", threadTs)
                .putObject("edited")
                .put("user", user)
                .put("ts", eventTs);
        event.putObject("previous_message")
                .put("type", "message")
                .put("user", user)
                .put("text", oldText)
                .put("ts", ts)
                .put("thread_ts", threadTs);
        return sendEvent(event, 0, null);
    }

    public Delivery delete(String channel, String threadTs, String ts, String user, String oldText) {
        String eventTs = nextTs();
        ObjectNode event = json.createObjectNode()
                .put("type", "message")
                .put("subtype", "message_deleted")
                .put("channel", channel)
                .put("hidden", true)
                .put("deleted_ts", ts)
                .put("ts", eventTs)
                .put("event_ts", eventTs);
        event.putObject("previous_message")
                .put("type", "message")
                .put("user", user)
                .put("text", oldText)
                .put("ts", ts)
                .put("thread_ts", threadTs);
        return sendEvent(event, 0, null);
    }

    /** Pushes an Events API envelope; a null event id gets a fresh one. */
    public Delivery sendEvent(ObjectNode event, int retryAttempt, String eventId) {
        return sendEvent(event, retryAttempt, eventId, payload -> {});
    }

    /** Pushes an Events API envelope whose payload {@code edit} may change or break (for fuzz tests). */
    public Delivery sendEvent(
            ObjectNode event, int retryAttempt, String eventId, java.util.function.Consumer<ObjectNode> edit) {
        String id = eventId != null ? eventId : "Ev" + sequence.incrementAndGet();
        ObjectNode envelope = envelope(event, retryAttempt, id, edit);
        push(envelope);
        return new Delivery(
                envelope.get("envelope_id").asText(), id, event.path("ts").asText(null));
    }

    /** The Socket Mode envelope Slack would send for {@code event}, after {@code edit} changed its payload. */
    public ObjectNode envelope(
            ObjectNode event, int retryAttempt, String eventId, java.util.function.Consumer<ObjectNode> edit) {
        String envelopeId = "env-" + sequence.incrementAndGet();
        ObjectNode envelope = json.createObjectNode()
                .put("envelope_id", envelopeId)
                .put("type", "events_api")
                .put("accepts_response_payload", false)
                .put("retry_attempt", retryAttempt)
                .put("retry_reason", retryAttempt > 0 ? "timeout" : "");
        ObjectNode payload = envelope.putObject("payload")
                .put("token", "verification")
                .put("team_id", TEAM)
                .put("api_app_id", APP_ID)
                .put("type", "event_callback")
                .put("event_id", eventId)
                .put("event_time", Instant.now().getEpochSecond())
                .put("is_ext_shared_channel", false);
        payload.set("event", event);
        ArrayNode authorizations = payload.putArray("authorizations");
        authorizations
                .addObject()
                .put("team_id", TEAM)
                .put("user_id", BOT_USER)
                .put("is_bot", true)
                .put("is_enterprise_install", false);
        edit.accept(payload);
        return envelope;
    }

    /** {@code /drill <text>} typed by {@code user} in {@code channel}; returns the envelope id. */
    public String slashCommand(String channel, String user, String text) {
        long n = sequence.incrementAndGet();
        String envelopeId = "env-" + n;
        ObjectNode envelope = json.createObjectNode()
                .put("envelope_id", envelopeId)
                .put("type", "slash_commands")
                .put("accepts_response_payload", true);
        envelope.putObject("payload")
                .put("token", "verification")
                .put("team_id", TEAM)
                .put("team_domain", "drill")
                .put("channel_id", channel)
                .put("channel_name", "ml-drills")
                .put("user_id", user)
                .put("user_name", user.toLowerCase())
                .put("command", "/drill")
                .put("text", text)
                .put("api_app_id", APP_ID)
                .put("is_enterprise_install", "false")
                .put("response_url", base("http") + "/response/" + n)
                .put("trigger_id", "trigger-" + n);
        push(envelope);
        return envelopeId;
    }

    /**
     * Someone pressed the button {@code actionId} on the bot's message {@code messageTs} (an {@code interactive}
     * envelope with a {@code block_actions} payload); returns the envelope id.
     */
    public String blockAction(String channel, String messageTs, String user, String actionId) {
        return blockAction(channel, messageTs, user, actionId, "drill_private_answer", null, false);
    }

    /**
     * Someone pressed the button {@code actionId} (in block {@code blockId}, with {@code value}) on the bot's message
     * {@code messageTs}, an ephemeral one when {@code ephemeral}; returns the envelope id.
     */
    public String blockAction(
            String channel,
            String messageTs,
            String user,
            String actionId,
            String blockId,
            String value,
            boolean ephemeral) {
        long n = sequence.incrementAndGet();
        String envelopeId = "env-" + n;
        ObjectNode envelope = json.createObjectNode()
                .put("envelope_id", envelopeId)
                .put("type", "interactive")
                .put("accepts_response_payload", false);
        ObjectNode payload = envelope.putObject("payload")
                .put("type", "block_actions")
                .put("api_app_id", APP_ID)
                .put("token", "verification")
                .put("trigger_id", "trigger-" + n)
                .put("response_url", base("http") + "/response/" + n);
        payload.putObject("user")
                .put("id", user)
                .put("username", user.toLowerCase())
                .put("name", user.toLowerCase())
                .put("team_id", TEAM);
        payload.putObject("team").put("id", TEAM).put("domain", "drill");
        payload.putObject("container")
                .put("type", "message")
                .put("message_ts", messageTs)
                .put("channel_id", channel)
                .put("is_ephemeral", ephemeral);
        payload.putObject("channel").put("id", channel).put("name", "ml-drills");
        payload.putObject("message")
                .put("type", "message")
                .put("user", BOT_USER)
                .put("bot_id", "B0BOT")
                .put("ts", messageTs)
                .put("text", "the question");
        ObjectNode action = payload.putArray("actions")
                .addObject()
                .put("action_id", actionId)
                .put("block_id", blockId)
                .put("type", "button")
                .put("action_ts", nextTs());
        action.putObject("text").put("type", "plain_text").put("text", actionId);
        if (value != null) {
            action.put("value", value);
        }
        push(envelope);
        return envelopeId;
    }

    /** The view the bot asked {@code views.open} to show (its {@code view} parameter). */
    public JsonNode openedView(ApiCall viewsOpen) {
        try {
            return json.readTree(viewsOpen.param("view"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code user} submitted the modal {@code view} (as the bot opened it) with {@code text} in its input
     * {@code blockId}/{@code actionId} (an {@code interactive} envelope with a {@code view_submission} payload).
     */
    public String viewSubmission(JsonNode view, String user, String blockId, String actionId, String text) {
        long n = sequence.incrementAndGet();
        String envelopeId = "env-" + n;
        ObjectNode envelope = json.createObjectNode()
                .put("envelope_id", envelopeId)
                .put("type", "interactive")
                .put("accepts_response_payload", true);
        ObjectNode payload = envelope.putObject("payload")
                .put("type", "view_submission")
                .put("api_app_id", APP_ID)
                .put("token", "verification")
                .put("trigger_id", "trigger-" + n);
        payload.putObject("user")
                .put("id", user)
                .put("username", user.toLowerCase())
                .put("name", user.toLowerCase())
                .put("team_id", TEAM);
        payload.putObject("team").put("id", TEAM).put("domain", "drill");
        ObjectNode submitted = payload.putObject("view")
                .put("id", "V" + n)
                .put("team_id", TEAM)
                .put("type", "modal")
                .put("callback_id", view.path("callback_id").asText())
                .put("private_metadata", view.path("private_metadata").asText())
                .put("hash", "hash-" + n);
        submitted
                .putObject("state")
                .putObject("values")
                .putObject(blockId)
                .putObject(actionId)
                .put("type", "plain_text_input")
                .put("value", text);
        payload.putArray("response_urls");
        push(envelope);
        return envelopeId;
    }

    public String nextTs() {
        long n = sequence.incrementAndGet();
        return (1_764_000_000L + n) + "." + String.format("%06d", n % 1_000_000);
    }

    private void push(ObjectNode envelope) {
        WebSocket open = socket;
        if (open == null) {
            awaitConnected();
            open = socket;
        }
        if (!open.send(envelope.toString())) {
            throw new IllegalStateException("the socket refused the envelope");
        }
    }

    @Override
    public void close() {
        WebSocket open = socket;
        if (open != null) {
            open.close(1000, "bye");
        }
        server.close();
    }

    private final class Routes extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String path = request.getUrl().encodedPath();
            if (path.startsWith("/link")) {
                return new MockResponse.Builder().webSocketUpgrade(new Socket()).build();
            }
            if (path.startsWith("/upload/")) {
                return api.upload(path.substring("/upload/".length()), request);
            }
            if (path.startsWith("/response/")) {
                return api.handle("response_url", request);
            }
            return api.handle(path.startsWith("/api/") ? path.substring("/api/".length()) : path, request);
        }
    }

    private final class Socket extends WebSocketListener {
        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            webSocket.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\","
                    + "\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"" + APP_ID + "\"}}");
            socket = webSocket;
            connections.incrementAndGet();
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            try {
                JsonNode message = json.readTree(text);
                if (message.hasNonNull("envelope_id")) {
                    ackNanos.putIfAbsent(message.get("envelope_id").asText(), System.nanoTime());
                    acks.put(message.get("envelope_id").asText(), message);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
            if (socket == webSocket) {
                socket = null;
            }
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            if (socket == webSocket) {
                socket = null;
            }
        }
    }
}
