package dev.mledrill.app;

import dev.mledrill.chat.Platform;
import dev.mledrill.chat.discord.DiscordAdapter;
import dev.mledrill.chat.discord.DiscordSettings;
import dev.mledrill.chat.slack.SlackAdapter;
import dev.mledrill.chat.slack.SlackSettings;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.metrics.Check;
import dev.mledrill.metrics.DatabaseCheck;
import dev.mledrill.metrics.HealthServer;
import dev.mledrill.metrics.MeteredChat;
import dev.mledrill.metrics.MeteredSink;
import dev.mledrill.metrics.Metrics;
import dev.mledrill.progress.ProgressCharts;
import dev.mledrill.schedule.Scheduler;
import dev.mledrill.store.SharedH2;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot ({@code mle-drill run}): the chat adapters the environment has tokens for, the
 * scheduler for their channels, then a catch-up pass (replies written while it was down, answers
 * stored but never scored). {@link #close()} stops everything in reverse order of starting.
 */
public final class Service implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Service.class);
    /** How long stopping waits for answers being stored, scored and given feedback. */
    private static final Duration DRAIN = Duration.ofSeconds(20);

    private final Application app;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Set<Platform> platforms = EnumSet.noneOf(Platform.class);
    private final Metrics metrics;
    private volatile Optional<SlackAdapter> slack = Optional.empty();
    private volatile Optional<DiscordAdapter> discord = Optional.empty();

    private Service(Application app) {
        this.app = app;
        this.metrics = app.metrics();
    }

    /** Starts the platforms whose tokens are set, then the scheduler; on any failure stops what started. */
    public static Service start(Application app, PlatformCredentials credentials, Map<String, String> env)
            throws InterruptedException {
        Service service = new Service(app);
        try {
            service.shareDatabase();
            service.startHealthServer(credentials);
            warmUpCharts();
            if (credentials.slack()) {
                try {
                    service.startSlack(env);
                } catch (RuntimeException e) {
                    throw new StartFailure("Slack", "SLACK_BOT_TOKEN, SLACK_APP_TOKEN and slack.api_base_url", e);
                }
            }
            if (credentials.discord()) {
                try {
                    service.startDiscord(env);
                } catch (RuntimeException e) {
                    throw new StartFailure(
                            "Discord", "DISCORD_TOKEN, discord.rest_base_url and discord.gateway_url", e);
                }
            }
            service.startScheduler();
            service.startRetention();
            service.catchUp();
            return service;
        } catch (RuntimeException | InterruptedException e) {
            service.close();
            throw e;
        }
    }

    /** Loads the chart renderer (AWT, fonts) in the background, so the first {@code /drill stats} answers in time. */
    private static void warmUpCharts() {
        Threads.daemon("mle-drill-chart-warm-up")
                .newThread(() -> {
                    try {
                        ProgressCharts.warmUp();
                    } catch (RuntimeException | LinkageError e) {
                        LOG.warn(
                                "charts cannot be drawn on this machine ({}); /drill stats answers in text",
                                e.toString());
                    }
                })
                .start();
    }

    /** An H2 file can be open in one process only: local commands (drill, export, backup) reach it through us. */
    private void shareDatabase() {
        if (!app.config.database().startsWith("jdbc:")) {
            started.push(SharedH2.start(Path.of(app.config.database())));
        }
    }

    /**
     * With {@code metrics.port} set: /healthz (the database answers), /readyz (and every platform with
     * credentials is connected) and /metrics. Started before the platforms, so /readyz says what it waits for.
     */
    private void startHealthServer(PlatformCredentials credentials) {
        var listener = app.config.metrics();
        if (listener.port().isEmpty() || app.meters.isEmpty()) {
            return;
        }
        Check database = new DatabaseCheck(app.database.dataSource());
        List<Check> ready = new java.util.ArrayList<>(List.of(database));
        if (credentials.slack()) {
            ready.add(() -> slack.filter(SlackAdapter::connected).isPresent()
                    ? Optional.empty()
                    : Optional.of("slack not connected"));
        }
        if (credentials.discord()) {
            ready.add(() -> discord.filter(DiscordAdapter::connected).isPresent()
                    ? Optional.empty()
                    : Optional.of("discord not connected"));
        }
        HealthServer server = HealthServer.start(
                new InetSocketAddress(listener.bind(), listener.port().get()),
                database,
                ready,
                app.meters.get()::scrape);
        started.push(server);
        LOG.info("health and metrics on http://{}:{}/ (healthz, readyz, metrics)", listener.bind(), server.port());
    }

    private void startSlack(Map<String, String> env) {
        SlackSettings settings = SlackSettings.fromEnvironment(
                env, Optional.of(app.config.slack().apiBaseUrl()));
        SlackAdapter slack = new SlackAdapter(
                settings,
                new MeteredSink(app.drill, metrics),
                app.drill.privateAnswers(),
                app.commands,
                app.config::channel,
                app.clock,
                metrics.connectionEvents(Platform.SLACK),
                app.displayNames);
        app.chats.register(new MeteredChat(slack.chat(), metrics));
        started.push(slack);
        this.slack = Optional.of(slack);
        slack.start();
        platforms.add(Platform.SLACK);
        LOG.info(
                "Slack connected ({} channel(s) configured)",
                app.config.channels(Platform.SLACK).size());
    }

    private void startDiscord(Map<String, String> env) throws InterruptedException {
        var discord = app.config.discord();
        DiscordAdapter adapter = new DiscordAdapter(
                new DiscordSettings(
                        env.get(DiscordSettings.TOKEN_ENV),
                        discord.restBaseUrl(),
                        discord.gatewayUrl(),
                        discord.adminRoles()),
                new MeteredSink(app.drill, metrics),
                app.drill.privateAnswers(),
                app.commands,
                app.config::channel,
                app.clock,
                metrics.connectionEvents(Platform.DISCORD));
        started.push(adapter);
        adapter.start();
        this.discord = Optional.of(adapter);
        app.chats.register(new MeteredChat(adapter.chat(), metrics));
        platforms.add(Platform.DISCORD);
        LOG.info(
                "Discord connected ({} channel(s) configured)",
                app.config.channels(Platform.DISCORD).size());
    }

    private void startScheduler() {
        List<ChannelSettings> channels = runningChannels();
        if (channels.isEmpty()) {
            LOG.warn("no channel of a connected platform is configured: nothing will be posted "
                    + "(add channels to config/mle-drill.yaml)");
        }
        Scheduler scheduler = app.scheduler(channels);
        started.push(scheduler);
        scheduler.start();
    }

    /** Answer texts past {@code retention.answer_text_days}: removed now, then every day (scores stay). */
    private void startRetention() {
        if (!app.retention.enabled()) {
            return;
        }
        ScheduledExecutorService executor =
                Executors.newSingleThreadScheduledExecutor(Threads.daemon("mle-drill-retention"));
        started.push(executor::shutdownNow);
        app.retention.schedule(executor);
        LOG.info(
                "answer texts are kept {} day(s); older ones are removed at start and daily",
                app.config.retention().answerTextDays().orElseThrow());
    }

    /**
     * Posts claimed but not recorded before a crash (found on the platform), answers stored but never
     * scored, then replies to open questions written while the service was down.
     */
    private void catchUp() {
        for (ChannelSettings channel : runningChannels()) {
            try {
                app.poster.recoverUnrecorded(channel);
            } catch (RuntimeException e) {
                LOG.warn(
                        "looking for an unrecorded post in {} failed ({})",
                        channel.name(),
                        e.getClass().getSimpleName());
            }
        }
        try {
            StartupRecovery.of(app.database, app.chats, app.drill, app.clock).run();
        } catch (RuntimeException e) {
            LOG.warn(
                    "catching up after downtime failed ({}); live answers still arrive",
                    e.getClass().getSimpleName());
        }
    }

    private List<ChannelSettings> runningChannels() {
        return app.config.channels().stream()
                .filter(c -> platforms.contains(c.channel().platform()))
                .toList();
    }

    /**
     * Stops taking Slack events first (its Web API stays up for feedback), lets the drill service
     * finish the answers it accepted (bounded), then stops everything in reverse order of starting.
     */
    @Override
    public void close() {
        slack.ifPresent(SlackAdapter::disconnect);
        app.drill.drain(DRAIN);
        while (!started.isEmpty()) {
            AutoCloseable component = started.pop();
            try {
                component.close();
            } catch (Exception e) {
                LOG.warn("stopping {} failed", component.getClass().getSimpleName(), e);
            }
        }
    }
}
