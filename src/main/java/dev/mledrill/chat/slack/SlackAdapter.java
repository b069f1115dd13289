package dev.mledrill.chat.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.socket_mode.SocketModeClient;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Chat;
import dev.mledrill.chat.ChatEventSink;
import dev.mledrill.chat.CommandHandler;
import dev.mledrill.chat.ConnectionEvents;
import dev.mledrill.chat.DisplayNames;
import dev.mledrill.chat.PrivateAnswerRefusal;
import dev.mledrill.chat.PrivateAnswers;
import dev.mledrill.drill.ChannelSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack adapter: a Bolt app in Socket Mode (no public URL needed) that translates Slack
 * events into {@link dev.mledrill.chat.ChatEvent}s for the core, answers {@code /drill}, and
 * offers the {@link Chat} port for posting. {@link #start()} connects; {@link #close()} stops the
 * socket, its client threads, the HTTP client and the adapter's workers.
 */
public final class SlackAdapter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlackAdapter.class);
    private static final Duration HANDLER_GRACE = Duration.ofSeconds(10);

    private final SlackSettings settings;
    private final Slack slack;
    private final ExecutorService workers;
    private final SlackChat chat;
    private final App app;
    private final ConnectionEvents events;
    private final SocketReconnects reconnects;
    private final SlackNameLookups nameLookups;
    private volatile SocketModeApp socketMode;

    /** An adapter for channels whose answers are all thread replies: the private-answer buttons say so. */
    public SlackAdapter(
            SlackSettings settings,
            ChatEventSink sink,
            CommandHandler commands,
            Function<ChannelRef, Optional<ChannelSettings>> channelSettings,
            Clock clock) {
        this(
                settings,
                sink,
                PrivateAnswerRefusal.INSTANCE,
                commands,
                channelSettings,
                clock,
                ConnectionEvents.NONE,
                DisplayNames.NONE);
    }

    /**
     * @param privateAnswers where answers written in the Answer form go (channels with {@code answers: private})
     * @param events         told of reconnects and rate-limit waits
     * @param names          where display names learned after an answer was stored go (boards show them)
     */
    public SlackAdapter(
            SlackSettings settings,
            ChatEventSink sink,
            PrivateAnswers privateAnswers,
            CommandHandler commands,
            Function<ChannelRef, Optional<ChannelSettings>> channelSettings,
            Clock clock,
            ConnectionEvents events,
            DisplayNames names) {
        Objects.requireNonNull(names, "names");
        this.events = Objects.requireNonNull(events, "events");
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(privateAnswers, "privateAnswers");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(channelSettings, "channelSettings");
        Objects.requireNonNull(clock, "clock");
        this.reconnects = new SocketReconnects(events);
        this.slack = Slack.getInstance(slackConfig(settings, reconnects));
        this.workers = Executors.newFixedThreadPool(4, daemonThreads());
        MethodsClient methods = slack.methods(settings.botToken());
        SlackCalls calls = SlackCalls.waitingForReal().reportingRateLimits(events::rateLimited);
        SlackEventTranslator translator = new SlackEventTranslator(clock);
        SlackUsers users = new SlackUsers(methods, calls.failingFast(), clock);
        this.nameLookups = new SlackNameLookups(users, methods, calls, names, clock);
        this.chat = new SlackChat(
                methods, calls, channelSettings, new SlackThreadReader(methods, calls, translator, users));
        this.app = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                .unmatchedRequestHandler(UnhandledEnvelopes::respond)
                .build());
        new SlackMessageListener(sink, translator, nameLookups, chat, workers).register(app);
        new SlackCommandListener(commands, users, channelSettings, clock, workers, chat).register(app);
        new SlackPrivateAnswers(privateAnswers, nameLookups, methods, calls, chat, workers, clock).register(app);
        new SlackFollowUpForm(privateAnswers, methods, calls, chat, workers, clock).register(app);
    }

    private static SlackConfig slackConfig(SlackSettings settings, SocketReconnects reconnects) {
        SlackConfig config = new SlackConfig();
        config.getHttpClientResponseHandlers().add(reconnects);
        config.setMethodsEndpointUrlPrefix(settings.apiBaseUrl());
        // Bolt takes HTTP(S)_PROXY from the environment, even for a loopback base URL (a local test server).
        String host = URI.create(settings.apiBaseUrl()).getHost();
        if ("127.0.0.1".equals(host) || "localhost".equalsIgnoreCase(host) || "::1".equals(host)) {
            config.setProxyUrl(null);
        }
        config.setStatsEnabled(false);
        return config;
    }

    /** Connects over Socket Mode and returns once the connection is open; events flow from then on. */
    public synchronized void start() {
        if (socketMode != null) {
            throw new IllegalStateException("the Slack adapter is already started");
        }
        try {
            socketMode = new SocketModeApp(
                    settings.appToken(), app, SocketModeClient.Backend.Tyrus, SlackAdapter::unhandled);
            socketMode.startAsync();
            reconnects.started();
            LOG.info("Slack adapter connected (Socket Mode, API {})", settings.apiBaseUrl());
        } catch (Exception e) {
            stopSocket();
            throw new IllegalStateException(
                    "could not connect to Slack (" + e.getClass().getSimpleName() + ": "
                            + e.getMessage() + "). Check SLACK_BOT_TOKEN and SLACK_APP_TOKEN (an app-level token with"
                            + " connections:write), that Socket Mode is on for the app, and slack.api_base_url",
                    e);
        }
    }

    /**
     * A handler failed (the answer could not be stored): no ack is sent, so Slack delivers the
     * envelope again. Bolt's default handler would log the exception's message at ERROR; this
     * logs only its class, as a message could quote an answer.
     */
    /**
     * What Bolt does with an exception from handling an envelope. When Bolt itself could not read the
     * payload (a field of the wrong JSON type, say), Slack sending it again cannot help: it is logged
     * once, without its content, and acknowledged. A failure in our own code leaves it unacknowledged.
     */
    static Response unhandled(SocketModeApp.ErrorContext error) {
        Exception failure = error.getException();
        String type = error.getRequest() == null
                ? "request"
                : String.valueOf(error.getRequest().getRequestType());
        if (unreadablePayload(failure)) {
            LOG.info(
                    "Slack {} {} rejected: its payload could not be read ({}); acknowledged, nothing stored",
                    type,
                    SlackPayloadIds.describe(error.getRequest()),
                    failure.getClass().getSimpleName());
            return Response.ok();
        }
        LOG.warn(
                "Slack {} {} not handled ({}); left unacknowledged so Slack delivers it again",
                type,
                SlackPayloadIds.describe(error.getRequest()),
                failure.getClass().getSimpleName());
        LOG.debug("Slack handler failure", failure);
        return null;
    }

    /**
     * Bolt (or its JSON library) failed on the payload itself, before or around our handlers: the
     * innermost exception was thrown by library code, not ours (JDK frames such as
     * {@code Objects.requireNonNull} count for whoever called them).
     */
    static boolean unreadablePayload(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        for (StackTraceElement frame : innermost.getStackTrace()) {
            String type = frame.getClassName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return !type.startsWith("dev.mledrill.");
            }
        }
        return false;
    }

    /** The Bolt app with the adapter's listeners, for tests that hand it envelopes without a socket. */
    App app() {
        return app;
    }

    /** Whether the Socket Mode connection is open now (a ping goes through); false before start and after disconnect. */
    public boolean connected() {
        SocketModeApp current = socketMode;
        SocketModeClient client = current == null ? null : current.getClient();
        try {
            return client != null && client.verifyConnection();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The {@link Chat} port: post questions, feedback, wrap-ups and practice DMs. */
    public Chat chat() {
        return chat;
    }

    /**
     * Closes the Socket Mode connection so no new event arrives, keeping the Web API client for
     * feedback still being sent; shutdown calls this before draining the core, then {@link #close()}.
     */
    public synchronized void disconnect() {
        if (socketMode != null) {
            finishHandlerInProgress(socketMode.getClient());
        }
        stopSocket();
    }

    /**
     * Closing the client interrupts the thread that runs the event handlers (shutdownNow), and an
     * interrupt during an H2 write closes the database file. So the handler running now may finish
     * (and its ack go out) first; events still queued are left unacknowledged for redelivery.
     */
    private static void finishHandlerInProgress(SocketModeClient client) {
        ScheduledExecutorService handlers = client == null ? null : client.getMessageProcessorExecutor();
        if (handlers == null) {
            return;
        }
        handlers.shutdown();
        try {
            if (!handlers.awaitTermination(HANDLER_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn(
                        "a Slack event handler was still running after {} s; it is interrupted",
                        HANDLER_GRACE.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        disconnect();
        nameLookups.close();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            slack.close();
        } catch (Exception e) {
            LOG.warn("closing the Slack HTTP client failed: {}", e.toString());
        }
    }

    private void stopSocket() {
        if (socketMode == null) {
            return;
        }
        // SocketModeApp#close forgets its client without closing it; its threads would outlive the adapter.
        SocketModeClient client = socketMode.getClient();
        try {
            socketMode.close();
            if (client != null) {
                client.close();
            }
        } catch (Exception e) {
            LOG.warn("closing the Slack socket failed: {}", e.toString());
        }
        socketMode = null;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "slack-work-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public String toString() {
        return "SlackAdapter[" + settings + "]";
    }
}
