package dev.mledrill.chat.discord;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A fake Discord on 127.0.0.1 for real JDA clients: REST under {@code /api/v10/} and the gateway
 * WebSocket on the same port. It serves one guild with one drill channel, records every REST call
 * and gateway frame, and lets tests play users (messages, edits, deletions, slash commands).
 * Longer than our usual class: it is a whole small Discord (REST routes, gateway, user actions)
 * that every Discord test shares; the JSON payloads live in {@link DiscordPayloads}.
 */
final class FakeDiscord implements AutoCloseable {
    static final String GUILD = "1200000000000000001";
    static final String CHANNEL = "1200000000000000002";
    static final String OTHER_CHANNEL = "1200000000000000003";
    static final String ADMIN_ROLE = "1200000000000000004";
    static final String APP = "1200000000000000005";
    static final String BOT = APP;
    static final String OWNER = "1200000000000000006";
    static final FakeUser ALICE = new FakeUser("1300000000000000001", "alice", List.of(), false);
    static final FakeUser BOB = new FakeUser("1300000000000000002", "bob", List.of(), false);
    static final FakeUser MODERATOR = new FakeUser("1300000000000000003", "mod", List.of(ADMIN_ROLE), false);
    static final FakeUser OTHER_BOT = new FakeUser("1300000000000000004", "otherbot", List.of(), true);
    /** View Channel, Send Messages (+ in threads), Create Public Threads, Embed Links, Add Reactions, Read History, Use Commands. */
    static final long EVERYONE_PERMISSIONS =
            (1L << 10) | (1L << 11) | (1L << 38) | (1L << 35) | (1L << 14) | (1L << 6) | (1L << 16) | (1L << 31);

    static final long MANAGE_SERVER = 1L << 5;

    record FakeUser(String id, String name, List<String> roles, boolean bot) {}

    /** One REST call the bot made. */
    record Call(String method, String path, String query, JsonNode body, Map<String, byte[]> files) {
        Call(String method, String path, String query, JsonNode body) {
            this(method, path, query, body, Map.of());
        }

        boolean is(String wantedMethod, String pathRegex) {
            return method.equals(wantedMethod) && path.matches(pathRegex);
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final MockWebServer server = new MockWebServer();
    private final DiscordPayloads payloads = new DiscordPayloads();
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger heartbeatAcks = new AtomicInteger();
    private final Map<String, List<ObjectNode>> history = new ConcurrentHashMap<>();
    private final Map<String, String> dmChannels = new ConcurrentHashMap<>();
    private final List<RestOverride> overrides = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> threads = new CopyOnWriteArrayList<>();
    private volatile WebSocket gateway;
    private volatile boolean messageContentIntent = true;
    private volatile boolean refuseIntents;

    private record RestOverride(String method, String pathRegex, MockResponse response) {}

    FakeDiscord() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return "websocket".equalsIgnoreCase(request.getHeaders().get("Upgrade"))
                        ? new MockResponse.Builder()
                                .webSocketUpgrade(new Gateway())
                                .build()
                        : rest(request);
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    String restBaseUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/api/v10/";
    }

    String gatewayUrl() {
        return "ws://127.0.0.1:" + server.getPort() + "/";
    }

    DiscordSettings settings(List<String> adminRoles) {
        return new DiscordSettings("fake-bot-token", restBaseUrl(), gatewayUrl(), adminRoles);
    }

    /** Mirrors Discord when the privileged intent is off in the developer portal: empty message content. */
    void withoutMessageContentIntent() {
        messageContentIntent = false;
    }

    /** Closes the gateway with 4014 on IDENTIFY, as Discord does when a privileged intent is not enabled. */
    void refusePrivilegedIntents() {
        refuseIntents = true;
    }

    // ---- what the bot did ----

    List<Call> calls() {
        return List.copyOf(calls);
    }

    Call awaitCall(String method, String pathRegex) {
        return awaitCall(c -> c.is(method, pathRegex));
    }

    Call awaitCall(Predicate<Call> wanted) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> calls.stream().filter(wanted).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    long count(String method, String pathRegex) {
        return calls.stream().filter(c -> c.is(method, pathRegex)).count();
    }

    List<JsonNode> gatewayFrames() {
        return List.copyOf(received);
    }

    int heartbeatAcks() {
        return heartbeatAcks.get();
    }

    /** The next call matching method and path gets this response instead (e.g. a 429). */
    void failNext(String method, String pathRegex, int code, Headers headers, String body) {
        overrides.add(new RestOverride(
                method,
                pathRegex,
                new MockResponse.Builder()
                        .code(code)
                        .headers(headers)
                        .addHeader("Content-Type", "application/json")
                        .body(body)
                        .build()));
    }

    // ---- users acting on the gateway ----

    /** A user posts in a channel or thread; returns the new message id. */
    String userPosts(String channelId, FakeUser user, String content) {
        ObjectNode message = message(channelId, user, content);
        history.computeIfAbsent(channelId, k -> new CopyOnWriteArrayList<>()).add(message);
        dispatch("MESSAGE_CREATE", message);
        return message.get("id").asText();
    }

    /** The MESSAGE_CREATE payload {@code user} posting {@code content} in a channel would produce (nothing is sent). */
    ObjectNode messagePayload(String channelId, FakeUser user, String content) {
        return message(channelId, user, content);
    }

    /** Sends any dispatch, however broken its data, down the gateway (for fuzz tests). */
    void dispatchRaw(String type, JsonNode data) {
        dispatch(type, data);
    }

    /** Sends any text down the gateway as one frame, JSON or not (for log-hygiene tests). */
    void sendRawFrame(String text) {
        WebSocket socket = gateway;
        if (socket == null) {
            throw new IllegalStateException("no gateway connection");
        }
        socket.send(text);
    }

    /** A message written while the bot was offline: only visible in the channel's history. */
    String userPostedWhileOffline(String channelId, FakeUser user, String content) {
        ObjectNode message = message(channelId, user, content);
        history.computeIfAbsent(channelId, k -> new CopyOnWriteArrayList<>()).add(message);
        return message.get("id").asText();
    }

    /** Discord delivering the same MESSAGE_CREATE again (new sequence number, same message). */
    void redeliver(String channelId, String messageId) {
        dispatch("MESSAGE_CREATE", stored(channelId, messageId));
    }

    void userEdits(String channelId, String messageId, String content) {
        ObjectNode message = stored(channelId, messageId);
        message.put("content", messageContentIntent ? content : "");
        message.put("edited_timestamp", DiscordPayloads.now());
        dispatch("MESSAGE_UPDATE", message);
    }

    /** An edit made while the bot was offline: only the channel's history shows it (no MESSAGE_UPDATE). */
    void userEditedWhileOffline(String channelId, String messageId, String content) {
        stored(channelId, messageId)
                .put("content", messageContentIntent ? content : "")
                .put("edited_timestamp", DiscordPayloads.now());
    }

    /** A deletion made while the bot was offline: the message is gone from the history (no MESSAGE_DELETE). */
    void userDeletedWhileOffline(String channelId, String messageId) {
        stored(channelId, messageId);
        history.get(channelId).removeIf(m -> m.get("id").asText().equals(messageId));
    }

    void userDeletes(String channelId, String messageId) {
        history.getOrDefault(channelId, List.of())
                .removeIf(m -> m.get("id").asText().equals(messageId));
        ObjectNode deleted = json.createObjectNode()
                .put("id", messageId)
                .put("channel_id", channelId)
                .put("guild_id", GUILD);
        dispatch("MESSAGE_DELETE", deleted);
    }

    /** A user runs {@code /drill <subcommand>} in a channel; returns the interaction id. */
    String slashCommand(FakeUser user, String channelId, String subcommand, Map<String, String> options) {
        String id = payloads.snowflake();
        ObjectNode interaction = payloads.interaction(id, user, channelId, subcommand, options);
        dispatch("INTERACTION_CREATE", interaction);
        return id;
    }

    /**
     * A user presses the button {@code customId} on the bot's message {@code messageId} in {@code channelId}
     * (INTERACTION_CREATE, type 3, a message component); returns the interaction id.
     */
    String buttonClick(FakeUser user, String channelId, String messageId, String customId) {
        String id = payloads.snowflake();
        ObjectNode interaction =
                payloads.interaction(id, user, channelId, "unused", Map.of()).put("type", 3);
        interaction.putObject("data").put("custom_id", customId).put("component_type", 2);
        interaction.set("message", stored(channelId, messageId).deepCopy());
        dispatch("INTERACTION_CREATE", interaction);
        return id;
    }

    /**
     * A user submits the modal {@code modalId} with {@code value} in its text input {@code inputId}
     * (INTERACTION_CREATE, type 5, the input inside a label component); returns the interaction id.
     */
    String modalSubmit(FakeUser user, String channelId, String modalId, String inputId, String value) {
        String id = payloads.snowflake();
        ObjectNode interaction =
                payloads.interaction(id, user, channelId, "unused", Map.of()).put("type", 5);
        ObjectNode data = interaction.putObject("data").put("custom_id", modalId);
        data.putArray("components")
                .addObject()
                .put("type", 18)
                .put("id", 1)
                .putObject("component")
                .put("type", 4)
                .put("id", 2)
                .put("custom_id", inputId)
                .put("value", value);
        dispatch("INTERACTION_CREATE", interaction);
        return id;
    }

    /**
     * A user presses the button {@code customId} on the bot's message {@code messageId} in their DM with the bot
     * (INTERACTION_CREATE, type 3, no guild: {@code user} instead of {@code member}); returns the interaction id.
     */
    String dmButtonClick(FakeUser user, String messageId, String customId) {
        String dm = dmChannelOf(user);
        ObjectNode interaction = dmInteraction(user, dm, 3);
        interaction.putObject("data").put("custom_id", customId).put("component_type", 2);
        interaction.set("message", stored(dm, messageId).deepCopy());
        dispatch("INTERACTION_CREATE", interaction);
        return interaction.get("id").asText();
    }

    /** A user submits, in their DM with the bot, the modal {@code modalId} with {@code value} in {@code inputId}. */
    String dmModalSubmit(FakeUser user, String modalId, String inputId, String value) {
        ObjectNode interaction = dmInteraction(user, dmChannelOf(user), 5);
        ObjectNode data = interaction.putObject("data").put("custom_id", modalId);
        data.putArray("components")
                .addObject()
                .put("type", 18)
                .put("id", 2)
                .putObject("component")
                .put("type", 4)
                .put("id", 3)
                .put("custom_id", inputId)
                .put("value", value);
        dispatch("INTERACTION_CREATE", interaction);
        return interaction.get("id").asText();
    }

    private ObjectNode dmInteraction(FakeUser user, String dm, int type) {
        String id = payloads.snowflake();
        ObjectNode interaction = json.createObjectNode()
                .put("id", id)
                .put("application_id", APP)
                .put("type", type)
                .put("channel_id", dm)
                .put("token", "token-" + id)
                .put("version", 1)
                .put("locale", "en-US")
                .put("context", 1)
                .put("app_permissions", Long.toString(EVERYONE_PERMISSIONS));
        interaction.set("user", payloads.userJson(user));
        ObjectNode channel =
                interaction.putObject("channel").put("id", dm).put("type", 1).putNull("last_message_id");
        channel.putArray("recipients").add(payloads.userJson(user));
        interaction.putArray("entitlements");
        interaction.putObject("authorizing_integration_owners").put("1", user.id());
        return interaction;
    }

    /** The callback the bot sent for an interaction (reply, modal...). */
    Call awaitCallback(String interactionId) {
        return awaitCall(c -> c.is("POST", "interactions/" + interactionId + "/.*/callback"));
    }

    /** A thread the bot opened on {@code parentId} before it (re)started; GUILD_CREATE lists it. Returns its id. */
    String existingBotThread(String parentId, String name) {
        ObjectNode thread = payloads.thread(payloads.snowflake(), parentId, name, 10080);
        threads.add(thread);
        return thread.get("id").asText();
    }

    /** Tells the bot its session is gone (op 9, not resumable): it must IDENTIFY again, and nothing is replayed. */
    void invalidateSession() {
        send(json.createObjectNode().put("op", 9).put("d", false));
    }

    /** Closes the gateway as Discord does before a resume (close code 4000). */
    void dropGateway() {
        gateway.close(4000, "fake: reconnect");
    }

    // ---- REST ----

    private MockResponse rest(RecordedRequest request) {
        String path = request.getUrl().encodedPath().replaceFirst("^/api/v10/", "");
        String contentType = request.getHeaders().get("Content-Type");
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        JsonNode body = contentType != null && contentType.startsWith("multipart/")
                ? multipart(request, contentType, files)
                : parse(request.getBody() == null ? "" : request.getBody().utf8());
        calls.add(new Call(request.getMethod(), path, request.getUrl().query(), body, Map.copyOf(files)));
        for (RestOverride o : overrides) {
            if (o.method().equals(request.getMethod()) && path.matches(o.pathRegex()) && overrides.remove(o)) {
                return o.response();
            }
        }
        String[] p = path.split("/");
        return switch (request.getMethod() + " " + p[0]) {
            case "GET users" -> ok(payloads.userJson(new FakeUser(BOT, "drill-bot", List.of(), true)));
            case "POST users" -> ok(dmChannel(body.path("recipient_id").asText()));
            case "PUT applications" -> ok(registeredCommands(body));
            case "POST channels" ->
                p.length == 5 && "threads".equals(p[4]) ? ok(openThread(p[1], p[3], body)) : ok(botMessage(p[1], body));
            case "PUT channels", "DELETE channels", "POST interactions" ->
                new MockResponse.Builder().code(204).build();
            case "PATCH channels" ->
                p.length == 4 && "messages".equals(p[2]) ? ok(editedBotMessage(p[1], p[3], body)) : ok(body);
            case "GET channels" ->
                ok(historyAfter(
                        p[1],
                        request.getUrl().queryParameter("after"),
                        Integer.parseInt(request.getUrl().queryParameter("limit"))));
            case "POST webhooks", "PATCH webhooks" -> ok(botMessage(CHANNEL, body));
            default ->
                new MockResponse.Builder()
                        .code(404)
                        .addHeader("Content-Type", "application/json")
                        .body("{\"message\":\"Unknown route\",\"code\":0}")
                        .build();
        };
    }

    private JsonNode registeredCommands(JsonNode commands) {
        ArrayNode echoed = json.createArrayNode();
        commands.forEach(c -> {
            ObjectNode command = ((ObjectNode) c.deepCopy())
                    .put("id", payloads.snowflake())
                    .put("application_id", APP)
                    .put("guild_id", GUILD)
                    .put("version", payloads.snowflake())
                    .put("default_member_permissions", (String) null);
            command.put("type", 1);
            echoed.add(command);
        });
        return echoed;
    }

    private ObjectNode botMessage(String channelId, JsonNode body) {
        ObjectNode message = message(
                channelId,
                new FakeUser(BOT, "drill-bot", List.of(), true),
                body.path("content").asText(""));
        if (body.has("embeds")) {
            ArrayNode embeds = body.get("embeds").deepCopy();
            embeds.forEach(e -> ((ObjectNode) e).put("type", "rich"));
            message.set("embeds", embeds);
        }
        if (body.has("message_reference")) {
            message.put("type", 19);
            message.set("message_reference", body.get("message_reference"));
        }
        history.computeIfAbsent(channelId, k -> new CopyOnWriteArrayList<>()).add(message);
        return message;
    }

    private ObjectNode editedBotMessage(String channelId, String messageId, JsonNode body) {
        ObjectNode message = stored(channelId, messageId);
        if (body.has("embeds")) {
            ArrayNode embeds = body.get("embeds").deepCopy();
            embeds.forEach(e -> ((ObjectNode) e).put("type", "rich"));
            message.set("embeds", embeds);
        }
        message.put("edited_timestamp", DiscordPayloads.now());
        return message;
    }

    private ObjectNode openThread(String channelId, String messageId, JsonNode body) {
        ObjectNode thread = payloads.thread(
                messageId,
                channelId,
                body.path("name").asText(),
                body.path("auto_archive_duration").asInt(1440));
        threads.add(thread);
        dispatch("THREAD_CREATE", thread.deepCopy().put("newly_created", true));
        return thread;
    }

    private ObjectNode dmChannel(String recipient) {
        String id = dmChannels.computeIfAbsent(recipient, r -> payloads.snowflake());
        ObjectNode channel =
                json.createObjectNode().put("id", id).put("type", 1).putNull("last_message_id");
        channel.putArray("recipients")
                .add(payloads.userJson(new FakeUser(recipient, "user" + recipient, List.of(), false)));
        return channel;
    }

    /** The id of the latest message stored in {@code channelId} (the bot's posts included). */
    String lastMessageIn(String channelId) {
        List<ObjectNode> messages = history.getOrDefault(channelId, List.of());
        return messages.get(messages.size() - 1).get("id").asText();
    }

    String dmChannelOf(FakeUser user) {
        return dmChannels.get(user.id());
    }

    private ArrayNode historyAfter(String channelId, String after, int limit) {
        long afterId = after == null ? 0 : Long.parseLong(after);
        ArrayNode page = json.createArrayNode();
        history.getOrDefault(channelId, List.of()).stream()
                .filter(m -> m.get("id").asLong() > afterId)
                .sorted(Comparator.comparingLong(m -> m.get("id").asLong()))
                .limit(limit)
                .sorted(Comparator.comparingLong((ObjectNode m) -> m.get("id").asLong())
                        .reversed())
                .forEach(page::add);
        return page;
    }

    private ObjectNode stored(String channelId, String messageId) {
        return history.getOrDefault(channelId, List.of()).stream()
                .filter(m -> m.get("id").asText().equals(messageId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no message " + messageId + " in " + channelId));
    }

    // ---- gateway ----

    private final class Gateway extends WebSocketListener {
        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            gateway = webSocket;
            send(json.createObjectNode()
                    .put("op", 10)
                    .putNull("s")
                    .putNull("t")
                    .set("d", json.createObjectNode().put("heartbeat_interval", 1000)));
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            JsonNode frame = parse(text);
            received.add(frame);
            switch (frame.path("op").asInt()) {
                case 1 -> {
                    send(json.createObjectNode().put("op", 11));
                    heartbeatAcks.incrementAndGet();
                }
                case 2 -> {
                    if (refuseIntents) {
                        webSocket.close(4014, "Disallowed intent(s).");
                        return;
                    }
                    dispatch("READY", payloads.ready(gatewayUrl()));
                    dispatch("GUILD_CREATE", payloads.guild(threads));
                }
                case 6 -> dispatch("RESUMED", json.createObjectNode());
                default -> {}
            }
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(code, null);
        }
    }

    private void dispatch(String type, JsonNode data) {
        send(json.createObjectNode()
                .put("op", 0)
                .put("t", type)
                .put("s", sequence.incrementAndGet())
                .set("d", data));
    }

    private void send(JsonNode frame) {
        WebSocket socket = gateway;
        if (socket == null) {
            throw new IllegalStateException("no gateway connection");
        }
        socket.send(frame.toString());
    }

    /** Without the MESSAGE CONTENT intent Discord blanks other people's message text. */
    private ObjectNode message(String channelId, FakeUser author, String content) {
        boolean hidden = !messageContentIntent && !author.id().equals(BOT);
        return payloads.message(channelId, author, hidden ? "" : content, !dmChannels.containsValue(channelId));
    }

    private static MockResponse ok(JsonNode body) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body(body.toString())
                .build();
    }

    /**
     * A message with attachments: JDA sends {@code payload_json} (the JSON body) and one part per
     * file ({@code files[0]}, ...); the files are kept by their file name.
     */
    private JsonNode multipart(RecordedRequest request, String contentType, Map<String, byte[]> files) {
        JsonNode body = json.createObjectNode();
        String boundary = okhttp3.MediaType.get(contentType).parameter("boundary");
        try (okhttp3.MultipartReader reader = new okhttp3.MultipartReader(
                new okio.Buffer().write(request.getBody().toByteArray()), boundary)) {
            okhttp3.MultipartReader.Part part;
            while ((part = reader.nextPart()) != null) {
                String disposition = String.valueOf(part.headers().get("Content-Disposition"));
                byte[] data = part.body().readByteArray();
                java.util.regex.Matcher file =
                        java.util.regex.Pattern.compile("filename=\"([^\"]*)\"").matcher(disposition);
                if (disposition.contains("name=\"payload_json\"")) {
                    body = parse(new String(data, java.nio.charset.StandardCharsets.UTF_8));
                } else if (file.find()) {
                    files.put(file.group(1), data);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return body;
    }

    private JsonNode parse(String text) {
        if (text.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(text);
        } catch (IOException e) {
            return json.createObjectNode().put("unparsed", text);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
