package dev.mledrill.chat.slack;

import static dev.mledrill.chat.slack.FakeSlack.BOT_USER;
import static dev.mledrill.chat.slack.FakeSlack.TEAM;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * The Web API half of {@link FakeSlack}: records each call, plays back scripted one-shot answers
 * (429s, errors), and otherwise answers like Slack with the fields Bolt reads.
 */
final class FakeSlackWebApi {
    private final ObjectMapper json;
    private final Supplier<String> nextTs;
    private final Supplier<String> socketUrl;
    final Queue<FakeSlack.ApiCall> calls = new ConcurrentLinkedQueue<>();
    final Queue<String> postedTs = new ConcurrentLinkedQueue<>();
    final List<Consumer<FakeSlack.ApiCall>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<MockResponse>> scripted = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> users = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
    private final Map<String, RateLimit> limits = new ConcurrentHashMap<>();
    private final Map<String, List<ObjectNode>> threads = new ConcurrentHashMap<>();
    /** Top-level messages the bot posted, newest first, per channel (conversations.history). */
    private final Map<String, List<ObjectNode>> channelHistory = new ConcurrentHashMap<>();

    private volatile int repliesPageSize = 100;
    private final Supplier<String> uploadBase;
    private final java.util.concurrent.atomic.AtomicInteger fileIds = new java.util.concurrent.atomic.AtomicInteger();
    final Map<String, byte[]> uploads = new ConcurrentHashMap<>();

    FakeSlackWebApi(
            ObjectMapper json, Supplier<String> nextTs, Supplier<String> socketUrl, Supplier<String> uploadBase) {
        this.uploadBase = uploadBase;
        this.json = json;
        this.nextTs = nextTs;
        this.socketUrl = socketUrl;
    }

    MockResponse handle(String method, RecordedRequest request) {
        Map<String, String> params = form(request);
        FakeSlack.ApiCall call = new FakeSlack.ApiCall(method, params, Instant.now());
        calls.add(call);
        listeners.forEach(listener -> listener.accept(call));
        CountDownLatch hold = held.get(method);
        if (hold != null) {
            try {
                hold.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        RateLimit limit = limits.get(method);
        if (limit != null) {
            OptionalLong retryAfter = limit.admit(System.nanoTime());
            if (retryAfter.isPresent()) {
                return FakeSlack.rateLimited(retryAfter.getAsLong());
            }
        }
        Queue<MockResponse> queue = scripted.get(method);
        MockResponse next = queue == null ? null : queue.poll();
        return next != null ? next : jsonResponse(answer(method, params));
    }

    /** The second step of a file upload: the file's bytes POSTed to the URL files.getUploadURLExternal gave. */
    MockResponse upload(String fileId, RecordedRequest request) {
        uploads.put(
                fileId,
                request.getBody() == null ? new byte[0] : request.getBody().toByteArray());
        return new MockResponse.Builder()
                .code(200)
                .body("OK - " + uploads.get(fileId).length)
                .build();
    }

    /** Holds every call of {@code method} unanswered until the latch is released (at most 30 s). */
    void hold(String method, CountDownLatch until) {
        held.put(method, until);
    }

    /** Answers {@code method} with 429 when more than {@code perMinute} calls arrived in the last minute. */
    void limitRate(String method, int perMinute) {
        limits.put(method, new RateLimit(perMinute));
    }

    /** Calls in a sliding minute; a call over the limit is refused with the seconds until the oldest leaves it. */
    private static final class RateLimit {
        private final int perMinute;
        private final java.util.ArrayDeque<Long> admitted = new java.util.ArrayDeque<>();

        RateLimit(int perMinute) {
            this.perMinute = perMinute;
        }

        synchronized OptionalLong admit(long nanos) {
            long minute = TimeUnit.MINUTES.toNanos(1);
            while (!admitted.isEmpty() && admitted.peekFirst() <= nanos - minute) {
                admitted.pollFirst();
            }
            if (admitted.size() >= perMinute) {
                return OptionalLong.of(
                        Math.max(1, TimeUnit.NANOSECONDS.toSeconds(admitted.peekFirst() + minute - nanos) + 1));
            }
            admitted.addLast(nanos);
            return OptionalLong.empty();
        }
    }

    void script(String method, MockResponse response) {
        scripted.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(response);
    }

    void addUser(String id, String displayName, boolean admin) {
        ObjectNode user = json.createObjectNode()
                .put("id", id)
                .put("team_id", TEAM)
                .put("name", id.toLowerCase())
                .put("is_admin", admin)
                .put("is_owner", false)
                .put("is_primary_owner", false)
                .put("is_bot", false);
        user.putObject("profile").put("display_name", displayName).put("real_name", displayName);
        users.put(id, user);
    }

    void addThreadMessage(String channel, String threadTs, ObjectNode message) {
        threads.computeIfAbsent(channel + ":" + threadTs, k -> new CopyOnWriteArrayList<>())
                .add(message);
    }

    /** The thread message with this ts, to change it in place as Slack would (edits and deletions). */
    java.util.Optional<ObjectNode> threadMessage(String channel, String threadTs, String ts) {
        return threads.getOrDefault(channel + ":" + threadTs, List.of()).stream()
                .filter(m -> ts.equals(m.path("ts").asText()))
                .findFirst();
    }

    void removeThreadMessage(String channel, String threadTs, String ts) {
        threads.getOrDefault(channel + ":" + threadTs, List.of())
                .removeIf(m -> ts.equals(m.path("ts").asText()));
    }

    void repliesPageSize(int size) {
        this.repliesPageSize = size;
    }

    static MockResponse jsonResponse(String body) {
        return new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    private String answer(String method, Map<String, String> p) {
        ObjectNode ok = json.createObjectNode().put("ok", true);
        switch (method) {
            case "auth.test" ->
                ok.put("url", "https://drill.slack.com/")
                        .put("team", "Drill")
                        .put("user", "drillbot")
                        .put("team_id", TEAM)
                        .put("user_id", BOT_USER)
                        .put("bot_id", "B0BOT")
                        .put("is_enterprise_install", false);
            case "apps.connections.open" -> ok.put("url", socketUrl.get());
            case "chat.postMessage" -> {
                String ts = nextTs.get();
                postedTs.add(ts);
                ok.put("channel", p.get("channel")).put("ts", ts);
                ObjectNode message = ok.putObject("message")
                        .put("type", "message")
                        .put("user", BOT_USER)
                        .put("bot_id", "B0BOT")
                        .put("text", p.get("text"))
                        .put("ts", ts);
                if (p.get("thread_ts") == null && !String.valueOf(p.get("json")).contains("\"thread_ts\"")) {
                    channelHistory
                            .computeIfAbsent(p.get("channel"), k -> new CopyOnWriteArrayList<>())
                            .add(0, message.deepCopy());
                }
            }
            case "conversations.history" ->
                ok.set("messages", json.valueToTree(channelHistory.getOrDefault(p.get("channel"), List.of())));
            case "chat.postEphemeral" -> ok.put("message_ts", nextTs.get());
            case "conversations.open" -> ok.putObject("channel").put("id", "D" + p.get("users"));
            case "users.info" -> ok.set("user", users.getOrDefault(p.get("user"), defaultUser(p.get("user"))));
            case "users.list" -> members(ok, p);
            case "bots.info" ->
                ok.putObject("bot")
                        .put("id", p.get("bot"))
                        .put("name", "otherbot")
                        .put("app_id", "A0OTHER")
                        .put("user_id", "U0OTHERBOT")
                        .put("deleted", false);
            case "conversations.replies" -> replies(ok, p);
            case "files.getUploadURLExternal" -> {
                String id = "F" + fileIds.incrementAndGet();
                ok.put("upload_url", uploadBase.get() + id).put("file_id", id);
            }
            case "files.completeUploadExternal" -> {
                ArrayNode files = ok.putArray("files");
                try {
                    json.readTree(p.getOrDefault("files", "[]"))
                            .forEach(f -> files.addObject()
                                    .put("id", f.path("id").asText())
                                    .put("title", f.path("title").asText()));
                } catch (java.io.IOException e) {
                    return "{\"ok\":false,\"error\":\"invalid_arguments\"}";
                }
            }
            case "views.open" -> {
                ObjectNode view = ok.putObject("view")
                        .put("id", "V" + nextTs.get().replace(".", ""))
                        .put("type", "modal")
                        .put("hash", "h-" + nextTs.get());
                try {
                    com.fasterxml.jackson.databind.JsonNode sent = json.readTree(p.getOrDefault("view", "{}"));
                    view.put("callback_id", sent.path("callback_id").asText())
                            .put(
                                    "private_metadata",
                                    sent.path("private_metadata").asText());
                } catch (java.io.IOException e) {
                    return "{\"ok\":false,\"error\":\"invalid_arguments\"}";
                }
            }
            case "chat.update" ->
                ok.put("channel", p.get("channel")).put("ts", p.get("ts")).put("text", p.get("text"));
            case "reactions.add", "response_url" -> {}
            default -> {
                return "{\"ok\":false,\"error\":\"unknown_method\"}";
            }
        }
        return ok.toString();
    }

    private ObjectNode defaultUser(String id) {
        ObjectNode user = json.createObjectNode()
                .put("id", id)
                .put("team_id", TEAM)
                .put("name", String.valueOf(id).toLowerCase())
                .put("is_admin", false)
                .put("is_owner", false);
        user.putObject("profile").put("display_name", "").put("real_name", "Member " + id);
        return user;
    }

    /** The added users, by id, a page ({@code limit}, cursor = offset) at a time. */
    private void members(ObjectNode ok, Map<String, String> p) {
        List<ObjectNode> all = users.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toList();
        int from = p.get("cursor") == null || p.get("cursor").isEmpty() ? 0 : Integer.parseInt(p.get("cursor"));
        int limit = p.get("limit") == null ? 100 : Integer.parseInt(p.get("limit"));
        int to = Math.min(all.size(), from + limit);
        ArrayNode members = ok.putArray("members");
        all.subList(Math.min(from, to), to).forEach(members::add);
        ok.putObject("response_metadata").put("next_cursor", to < all.size() ? String.valueOf(to) : "");
    }

    private void replies(ObjectNode ok, Map<String, String> p) {
        List<ObjectNode> all = new ArrayList<>();
        all.add(json.createObjectNode()
                .put("type", "message")
                .put("user", BOT_USER)
                .put("bot_id", "B0BOT")
                .put("ts", p.get("ts"))
                .put("thread_ts", p.get("ts"))
                .put("text", "the question"));
        all.addAll(threads.getOrDefault(p.get("channel") + ":" + p.get("ts"), List.of()));
        int from = p.get("cursor") == null || p.get("cursor").isEmpty() ? 0 : Integer.parseInt(p.get("cursor"));
        int to = Math.min(all.size(), from + repliesPageSize);
        ArrayNode messages = ok.putArray("messages");
        all.subList(from, to).forEach(messages::add);
        ok.put("has_more", to < all.size());
        ok.putObject("response_metadata").put("next_cursor", to < all.size() ? String.valueOf(to) : "");
    }

    private static Map<String, String> form(RecordedRequest request) {
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
}
