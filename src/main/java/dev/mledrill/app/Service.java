package dev.mledrill.app;

import dev.mledrill.chat.Chat;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.discord.DiscordAdapter;
import dev.mledrill.chat.discord.DiscordSettings;
import dev.mledrill.chat.slack.SlackAdapter;
import dev.mledrill.chat.slack.SlackSettings;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.schedule.DrillSchedule;
import dev.mledrill.schedule.PostedQuestion;
import dev.mledrill.schedule.Scheduler;
import dev.mledrill.store.SharedH2;
import java.nio.file.Path;
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

    private final Application app;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Set<Platform> platforms = EnumSet.noneOf(Platform.class);

    private Service(Application app) {
        this.app = app;
    }

    /** Starts the platforms whose tokens are set, then the scheduler; on any failure stops what started. */
    public static Service start(Application app, PlatformCredentials credentials, Map<String, String> env)
            throws InterruptedException {
        Service service = new Service(app);
        try {
            service.shareDatabase();
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
                    throw new StartFailure("Discord", "DISCORD_TOKEN, discord.rest_base_url and discord.gateway_url", e);
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

    /** An H2 file can be open in one process only: local commands (drill, export, backup) reach it through us. */
    private void shareDatabase() {
        if (!app.config.database().startsWith("jdbc:")) {
            started.push(SharedH2.start(Path.of(app.config.database())));
        }
    }

    private void startSlack(Map<String, String> env) {
        SlackSettings settings = SlackSettings.fromEnvironment(env, Optional.of(app.config.slack().apiBaseUrl()));
        SlackAdapter slack = new SlackAdapter(settings, app.drill, app.commands, app.config::channel, app.clock);
        app.chats.register(slack.chat());
        started.push(slack);
        slack.start();
        platforms.add(Platform.SLACK);
        LOG.info("Slack connected ({} channel(s) configured)", app.config.channels(Platform.SLACK).size());
    }

    private void startDiscord(Map<String, String> env) throws InterruptedException {
        var discord = app.config.discord();
        DiscordAdapter adapter = new DiscordAdapter(
                new DiscordSettings(env.get(DiscordSettings.TOKEN_ENV), discord.restBaseUrl(), discord.gatewayUrl(),
                        discord.adminRoles()),
                app.drill, app.commands, app.config::channel, app.clock);
        started.push(adapter);
        adapter.start();
        app.chats.register(adapter.chat());
        platforms.add(Platform.DISCORD);
        LOG.info("Discord connected ({} channel(s) configured)", app.config.channels(Platform.DISCORD).size());
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
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(Threads.daemon("mle-drill-retention"));
        started.push(executor::shutdownNow);
        app.retention.schedule(executor);
        LOG.info("answer texts are kept {} day(s); older ones are removed at start and daily",
                app.config.retention().answerTextDays().orElseThrow());
    }

    /** Replies to today's open questions written while the service was down, then answers never scored. */
    private void catchUp() {
        for (ChannelSettings settings : runningChannels()) {
            try {
                backfill(settings);
            } catch (RuntimeException e) {
                LOG.warn("backfilling {} failed ({}); its live answers still arrive", settings.name(), e.getClass().getSimpleName());
            }
        }
        app.drill.rescoreUnscored();
    }

    private void backfill(ChannelSettings settings) {
        Optional<PostedQuestion> open = DrillSchedule.of(settings).openAt(app.clock.instant())
                .flatMap(day -> app.posts.find(settings.channel(), day.drillDate()));
        Optional<String> thread = open.flatMap(PostedQuestion::threadId);
        if (thread.isEmpty()) {
            return;
        }
        Chat chat = app.chats.get(settings.channel().platform());
        int stored = 0;
        for (ChatEvent.AnswerPosted reply : chat.threadReplies(settings.channel(), thread.get())) {
            if (app.drill.accept(reply) instanceof dev.mledrill.chat.Receipt.Stored) {
                stored++;
            }
        }
        if (stored > 0) {
            LOG.info("backfilled {} answer(s) written in {} while the service was down", stored, settings.name());
        }
    }

    private List<ChannelSettings> runningChannels() {
        return app.config.channels().stream().filter(c -> platforms.contains(c.channel().platform())).toList();
    }

    @Override
    public void close() {
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
