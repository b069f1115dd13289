package dev.mledrill.chat.slack;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
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
    public record Delivery(String envelopeId, String eventId, String ts) {
    }

    private final MockWebServer server = new MockWebServer();
    private final ObjectMapper json = new ObjectMapper();
    private final Queue<ApiCall> calls = new ConcurrentLinkedQueue<>();
    private final List<Consumer<ApiCall>> callListeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final Queue<String> postedTs = new ConcurrentLinkedQueue<>();
    private final Map<String, JsonNode> acks = new ConcurrentHashMap<>();
    private final Map<String, Long> ackNanos = new ConcurrentHashMap<>();
    private final Map<String, Queue<MockResponse>> scripted = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> users = new ConcurrentHashMap<>();
    private final Map<String, List<ObjectNode>> threads = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private volatile WebSocket socket;
    private volatile int repliesPageSize = 100;

    private FakeSlack() {
    }

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

    public SlackSettings settings() {
        return new SlackSettings("xoxb-fake-bot-token", "xapp-fake-app-token", base("http") + "/api/");
    }

    private String base(String scheme) {
        return scheme + "://127.0.0.1:" + server.getPort();
    }

    // ---- scripting the Web API

    /** The next call of {@code method} is answered with HTTP 429 and {@code Retry-After}. */
    public void rateLimitNext(String method, int retryAfterSeconds) {
        scripted.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(new MockResponse.Builder()
                .code(429).addHeader("Retry-After", retryAfterSeconds)
                .addHeader("Content-Type", "application/json")
                .body("{\"ok\":false,\"error\":\"ratelimited\"}").build());
    }

    /** The next call of {@code method} answers {@code "ok": false} with this error code. */
    public void failNext(String method, String error) {
        scripted.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>())
                .add(jsonResponse("{\"ok\":false,\"error\":\"" + error + "\"}"));
    }

    public void addUser(String id, String displayName, boolean admin) {
        ObjectNode user = json.createObjectNode().put("id", id).put("team_id", TEAM).put("name", id.toLowerCase())
                .put("is_admin", admin).put("is_owner", false).put("is_primary_owner", false).put("is_bot", false);
        user.putObject("profile").put("display_name", displayName).put("real_name", displayName);
        users.put(id, user);
    }

    /** A message already in a thread, returned by {@code conversations.replies}. */
    public String addThreadMessage(String channel, String threadTs, String user, String botId, String text) {
        String ts = nextTs();
        ObjectNode m = json.createObjectNode().put("type", "message").put("ts", ts).put("thread_ts", threadTs).put("text", text);
        if (user != null) {
            m.put("user", user);
        }
        if (botId != null) {
            m.put("bot_id", botId);
        }
        threads.computeIfAbsent(channel + ":" + threadTs, k -> new CopyOnWriteArrayList<>()).add(m);
        return ts;
    }

    /** Calls {@code listener} on the server thread as each Web API call arrives (for timing in benchmarks). */
    public void onCall(Consumer<ApiCall> listener) {
        callListeners.add(listener);
    }

    public void repliesPageSize(int size) {
        this.repliesPageSize = size;
    }

    // ---- what the client did

    public List<ApiCall> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public List<ApiCall> calls() {
        return List.copyOf(calls);
    }

    /** The ts of every message posted with chat.postMessage, in order. */
    public List<String> postedTs() {
        return List.copyOf(postedTs);
    }

    public ApiCall awaitCall(String method) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !calls(method).isEmpty());
        return calls(method).get(0);
    }

    public JsonNode awaitAck(String envelopeId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> acks.containsKey(envelopeId));
        return acks.get(envelopeId);
    }

    public boolean acked(String envelopeId) {
        return acks.containsKey(envelopeId);
    }

    /** {@link System#nanoTime()} when the envelope's acknowledgement arrived, or null. */
    public Long ackedAtNanos(String envelopeId) {
        return ackNanos.get(envelopeId);
    }

    public int ackCount() {
        return acks.size();
    }

    /** How many Socket Mode connections were opened so far (a restarted client opens a new one). */
    public int connections() {
        return connections.get();
    }

    /** Waits until at least {@code count} Socket Mode connections were opened and one is live. */
    public void awaitConnections(int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> connections.get() >= count && socket != null);
    }

    public void awaitConnected() {
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
        return message(channel, nextTs(), text).put("user", user).put("thread_ts", threadTs).put("parent_user_id", BOT_USER);
    }

    /**
     * A reply as Slack keeps it: stored in the thread (so {@code conversations.replies} returns it)
     * and delivered as an event, like {@link #threadReply}.
     */
    public Delivery keptThreadReply(String channel, String threadTs, String user, String text) {
        ObjectNode event = replyEvent(channel, threadTs, user, text);
        ObjectNode kept = json.createObjectNode().put("type", "message").put("user", user)
                .put("ts", event.get("ts").asText()).put("thread_ts", threadTs).put("text", text);
        threads.computeIfAbsent(channel + ":" + threadTs, k -> new CopyOnWriteArrayList<>()).add(kept);
        return sendEvent(event, 0, null);
    }

    /** Slack delivering the same event again (as after a missed ack). */
    public Delivery redeliver(Delivery original, ObjectNode event, int retryAttempt) {
        return sendEvent(event, retryAttempt, original.eventId());
    }

    public ObjectNode message(String channel, String ts, String text) {
        return json.createObjectNode().put("type", "message").put("channel", channel).put("text", text)
                .put("ts", ts).put("event_ts", ts).put("channel_type", channel.startsWith("D") ? "im" : "channel");
    }

    public Delivery edit(String channel, String threadTs, String ts, String user, String oldText, String newText) {
        String eventTs = nextTs();
        ObjectNode event = json.createObjectNode().put("type", "message").put("subtype", "message_changed")
                .put("channel", channel).put("hidden", true).put("ts", eventTs).put("event_ts", eventTs);
        event.putObject("message").put("type", "message").put("user", user).put("text", newText).put("ts", ts)
                .put("thread_ts", threadTs).putObject("edited").put("user", user).put("ts", eventTs);
        event.putObject("previous_message").put("type", "message").put("user", user).put("text", oldText)
                .put("ts", ts).put("thread_ts", threadTs);
        return sendEvent(event, 0, null);
    }

    public Delivery delete(String channel, String threadTs, String ts, String user, String oldText) {
        String eventTs = nextTs();
        ObjectNode event = json.createObjectNode().put("type", "message").put("subtype", "message_deleted")
                .put("channel", channel).put("hidden", true).put("deleted_ts", ts).put("ts", eventTs).put("event_ts", eventTs);
        event.putObject("previous_message").put("type", "message").put("user", user).put("text", oldText)
                .put("ts", ts).put("thread_ts", threadTs);
        return sendEvent(event, 0, null);
    }

    /** Pushes an Events API envelope; a null event id gets a fresh one. */
    public Delivery sendEvent(ObjectNode event, int retryAttempt, String eventId) {
        String id = eventId != null ? eventId : "Ev" + sequence.incrementAndGet();
        String envelopeId = "env-" + sequence.incrementAndGet();
        ObjectNode envelope = json.createObjectNode().put("envelope_id", envelopeId).put("type", "events_api")
                .put("accepts_response_payload", false).put("retry_attempt", retryAttempt)
                .put("retry_reason", retryAttempt > 0 ? "timeout" : "");
        ObjectNode payload = envelope.putObject("payload").put("token", "verification").put("team_id", TEAM)
                .put("api_app_id", APP_ID).put("type", "event_callback").put("event_id", id)
                .put("event_time", Instant.now().getEpochSecond()).put("is_ext_shared_channel", false);
        payload.set("event", event);
        ArrayNode authorizations = payload.putArray("authorizations");
        authorizations.addObject().put("team_id", TEAM).put("user_id", BOT_USER).put("is_bot", true)
                .put("is_enterprise_install", false);
        push(envelope);
        return new Delivery(envelopeId, id, event.path("ts").asText(null));
    }

    /** {@code /drill <text>} typed by {@code user} in {@code channel}; returns the envelope id. */
    public String slashCommand(String channel, String user, String text) {
        long n = sequence.incrementAndGet();
        String envelopeId = "env-" + n;
        ObjectNode envelope = json.createObjectNode().put("envelope_id", envelopeId).put("type", "slash_commands")
                .put("accepts_response_payload", true);
        envelope.putObject("payload").put("token", "verification").put("team_id", TEAM).put("team_domain", "drill")
                .put("channel_id", channel).put("channel_name", "ml-drills").put("user_id", user)
                .put("user_name", user.toLowerCase()).put("command", "/drill").put("text", text)
                .put("api_app_id", APP_ID).put("is_enterprise_install", "false")
                .put("response_url", base("http") + "/response/" + n).put("trigger_id", "trigger-" + n);
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

    private MockResponse jsonResponse(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }

    private final class Routes extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String path = request.getUrl().encodedPath();
            if (path.startsWith("/link")) {
                return new MockResponse.Builder().webSocketUpgrade(new Socket()).build();
            }
            Map<String, String> params = form(request);
            if (path.startsWith("/response/")) {
                calls.add(new ApiCall("response_url", params, Instant.now()));
                return jsonResponse("{\"ok\":true}");
            }
            String method = path.startsWith("/api/") ? path.substring("/api/".length()) : path;
            ApiCall call = new ApiCall(method, params, Instant.now());
            calls.add(call);
            callListeners.forEach(listener -> listener.accept(call));
            Queue<MockResponse> queue = scripted.get(method);
            MockResponse next = queue == null ? null : queue.poll();
            return next != null ? next : jsonResponse(answer(method, params));
        }

        private String answer(String method, Map<String, String> p) {
            ObjectNode ok = json.createObjectNode().put("ok", true);
            switch (method) {
                case "auth.test" -> ok.put("url", "https://drill.slack.com/").put("team", "Drill").put("user", "drillbot")
                        .put("team_id", TEAM).put("user_id", BOT_USER).put("bot_id", "B0BOT").put("is_enterprise_install", false);
                case "apps.connections.open" -> ok.put("url", base("ws") + "/link");
                case "chat.postMessage" -> {
                    String ts = nextTs();
                    postedTs.add(ts);
                    ok.put("channel", p.get("channel")).put("ts", ts);
                    ok.putObject("message").put("type", "message").put("user", BOT_USER).put("text", p.get("text")).put("ts", ts);
                }
                case "chat.postEphemeral" -> ok.put("message_ts", nextTs());
                case "conversations.open" -> ok.putObject("channel").put("id", "D" + p.get("users"));
                case "users.info" -> ok.set("user", users.getOrDefault(p.get("user"), defaultUser(p.get("user"))));
                case "bots.info" -> ok.putObject("bot").put("id", p.get("bot")).put("name", "otherbot")
                        .put("app_id", "A0OTHER").put("user_id", "U0OTHERBOT").put("deleted", false);
                case "conversations.replies" -> replies(ok, p);
                case "reactions.add" -> { }
                default -> {
                    return "{\"ok\":false,\"error\":\"unknown_method\"}";
                }
            }
            return ok.toString();
        }

        private ObjectNode defaultUser(String id) {
            ObjectNode user = json.createObjectNode().put("id", id).put("team_id", TEAM).put("name", String.valueOf(id).toLowerCase())
                    .put("is_admin", false).put("is_owner", false);
            user.putObject("profile").put("display_name", "").put("real_name", "Member " + id);
            return user;
        }

        private void replies(ObjectNode ok, Map<String, String> p) {
            List<ObjectNode> all = new ArrayList<>();
            all.add(json.createObjectNode().put("type", "message").put("user", BOT_USER).put("bot_id", "B0BOT")
                    .put("ts", p.get("ts")).put("thread_ts", p.get("ts")).put("text", "the question"));
            all.addAll(threads.getOrDefault(p.get("channel") + ":" + p.get("ts"), List.of()));
            int from = p.get("cursor") == null || p.get("cursor").isEmpty() ? 0 : Integer.parseInt(p.get("cursor"));
            int to = Math.min(all.size(), from + repliesPageSize);
            ArrayNode messages = ok.putArray("messages");
            all.subList(from, to).forEach(messages::add);
            ok.put("has_more", to < all.size());
            ok.putObject("response_metadata").put("next_cursor", to < all.size() ? String.valueOf(to) : "");
        }
    }

    private Map<String, String> form(RecordedRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        String query = request.getUrl().encodedQuery();
        String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
        String contentType = request.getHeaders().get("Content-Type");
        for (String source : new String[] {query, contentType != null && contentType.contains("json") ? null : body}) {
            if (source == null || source.isEmpty()) {
                continue;
            }
            for (String pair : source.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.put(key, value);
            }
        }
        if (contentType != null && contentType.contains("json")) {
            params.put("json", body);
        }
        return params;
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
