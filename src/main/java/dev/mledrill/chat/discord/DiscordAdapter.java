package dev.mledrill.chat.discord;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Chat;
import dev.mledrill.chat.ChatEventSink;
import dev.mledrill.chat.CommandHandler;
import dev.mledrill.chat.ConnectionEvents;
import dev.mledrill.chat.PrivateAnswerRefusal;
import dev.mledrill.chat.PrivateAnswers;
import dev.mledrill.drill.ChannelSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord bot: connects with JDA, turns thread messages into answer events and
 * {@code /drill} into commands, and offers the {@link Chat} port once started.
 */
public final class DiscordAdapter implements AutoCloseable {
    /** Guild messages and their text (privileged), plus DMs for practice questions. */
    static final EnumSet<GatewayIntent> INTENTS =
            EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT, GatewayIntent.DIRECT_MESSAGES);

    static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(DiscordAdapter.class);

    private final DiscordSettings settings;
    private final ChatEventSink sink;
    private final PrivateAnswers privateAnswers;
    private final CommandHandler commands;
    private final Function<ChannelRef, Optional<ChannelSettings>> channels;
    private final Clock clock;
    private final ConnectionEvents events;
    private final ExecutorService commandPool = Executors.newCachedThreadPool(daemon("discord-commands"));
    private final ExecutorService catchUpPool = Executors.newSingleThreadExecutor(daemon("discord-catch-up"));
    private volatile JDA jda;
    private volatile Chat chat;

    /** An adapter for channels whose answers are all thread replies: the private-answer buttons say so. */
    public DiscordAdapter(
            DiscordSettings settings,
            ChatEventSink sink,
            CommandHandler commands,
            Function<ChannelRef, Optional<ChannelSettings>> channels,
            Clock clock) {
        this(settings, sink, PrivateAnswerRefusal.INSTANCE, commands, channels, clock, ConnectionEvents.NONE);
    }

    /**
     * @param privateAnswers where answers written in the Answer form go (channels with {@code answers: private})
     * @param events         told of each time the gateway session resumes or is recreated
     */
    public DiscordAdapter(
            DiscordSettings settings,
            ChatEventSink sink,
            PrivateAnswers privateAnswers,
            CommandHandler commands,
            Function<ChannelRef, Optional<ChannelSettings>> channels,
            Clock clock,
            ConnectionEvents events) {
        this.events = Objects.requireNonNull(events, "events");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.privateAnswers = Objects.requireNonNull(privateAnswers, "privateAnswers");
        this.commands = Objects.requireNonNull(commands, "commands");
        this.channels = Objects.requireNonNull(channels, "channels");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Connects, waits until the gateway is ready (bounded), and registers {@code /drill} in every guild. */
    public synchronized void start() throws InterruptedException {
        if (jda != null || commandPool.isShutdown()) {
            throw new IllegalStateException("the Discord adapter is already started or closed");
        }
        PracticeChannels practice = new PracticeChannels(this::soleGuild);
        DiscordMessages messages = new DiscordMessages();
        SlashCommandRegistrar registrar = new SlashCommandRegistrar();
        ReadyGate ready = new ReadyGate();
        ThreadCatchUp catchUp = new ThreadCatchUp(sink, channels, new ThreadHistory(), catchUpPool);
        JDA connected = connect(
                ready,
                catchUp,
                new ReconnectListener(events::reconnected),
                new AnswerListener(sink, channels, practice, messages, clock),
                new CommandListener(commands, channels, settings.adminRoles(), commandPool, registrar),
                new PrivateAnswerListener(privateAnswers, clock),
                new FollowUpFormListener(privateAnswers, clock));
        jda = connected;
        try {
            ready.await(READY_TIMEOUT);
        } catch (IllegalStateException | InterruptedException e) {
            close();
            throw e;
        }
        connected.getGuilds().forEach(registrar::register);
        chat = new DiscordChat(connected, practice, messages, channels);
        LOG.info(
                "Discord connected as {} in {} guild(s)",
                connected.getSelfUser().getName(),
                connected.getGuilds().size());
    }

    private JDA connect(Object... listeners) {
        try {
            return JDABuilder.createLight(settings.token(), INTENTS)
                    .setRestConfig(new RestConfig().setBaseUrl(settings.restBaseUrl()))
                    .setSessionController(new GatewaySessionController(settings.gatewayUrl()))
                    // Plain JSON frames: one small bot gains little from zlib-stream transport compression.
                    .setCompression(Compression.NONE)
                    // One event thread keeps create, edit and delete of an answer in order.
                    .setEventPool(Executors.newSingleThreadExecutor(daemon("discord-events")), true)
                    .setEnableShutdownHook(false)
                    .addEventListeners(listeners)
                    .build();
        } catch (InvalidTokenException e) {
            throw new IllegalStateException(
                    "Discord rejected DISCORD_TOKEN: copy the bot token again from the "
                            + "developer portal (Bot > Reset Token)",
                    e);
        }
    }

    /** Whether the gateway connection is up now; false before start, while reconnecting and after close. */
    public boolean connected() {
        JDA current = jda;
        return current != null && current.getStatus() == JDA.Status.CONNECTED;
    }

    /** The port for the core; available once {@link #start()} returned. */
    public Chat chat() {
        Chat started = chat;
        if (started == null) {
            throw new IllegalStateException("the Discord adapter is not started");
        }
        return started;
    }

    private String soleGuild() {
        JDA current = jda;
        return current != null && current.getGuilds().size() == 1
                ? current.getGuilds().stream().map(Guild::getId).findFirst().orElse(null)
                : null;
    }

    @Override
    public synchronized void close() {
        JDA current = jda;
        chat = null;
        jda = null;
        if (current != null) {
            current.shutdown();
            try {
                if (!current.awaitShutdown(Duration.ofSeconds(5))) {
                    current.shutdownNow();
                }
            } catch (InterruptedException e) {
                current.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        commandPool.shutdown();
        catchUpPool.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Points the gateway at {@code discord.gateway_url}: JDA asks its session controller, not REST. */
    private static final class GatewaySessionController extends ConcurrentSessionController {
        private final String gateway;

        GatewaySessionController(String gateway) {
            this.gateway = gateway;
        }

        @Override
        public String getGateway() {
            return gateway;
        }
    }
}
