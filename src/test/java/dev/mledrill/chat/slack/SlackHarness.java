package dev.mledrill.chat.slack;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEventSink;
import dev.mledrill.chat.CommandHandler;
import dev.mledrill.chat.ConnectionEvents;
import dev.mledrill.chat.DisplayNames;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.ChannelSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A started {@link SlackAdapter} connected to a {@link FakeSlack}; closes both. */
final class SlackHarness implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);

    final FakeSlack fake;
    final SlackAdapter adapter;
    final AtomicReference<ChannelSettings> channelSettings = new AtomicReference<>();
    /** How many times the adapter reported a reconnect (for the service's metrics). */
    final AtomicInteger reconnects = new AtomicInteger();

    /** Display names the adapter learned, when it has no core to put them in. */
    final Map<UserRef, String> learnedNames = new ConcurrentHashMap<>();

    SlackHarness(ChatEventSink sink, CommandHandler commands) {
        this(sink, dev.mledrill.chat.PrivateAnswerRefusal.INSTANCE, commands, CLOCK, null);
    }

    /** An adapter on the real core: its answers, commands and the display names it learns go there. */
    SlackHarness(RealCore core) {
        this(
                core.drill,
                dev.mledrill.chat.PrivateAnswerRefusal.INSTANCE,
                core.commands,
                CLOCK,
                null,
                core.app.displayNames());
    }

    /** An adapter that takes private answers, for a channel with these settings, on this clock. */
    SlackHarness(
            ChatEventSink sink,
            dev.mledrill.chat.PrivateAnswers privateAnswers,
            CommandHandler commands,
            Clock clock,
            ChannelSettings settings) {
        this(sink, privateAnswers, commands, clock, settings, null);
    }

    /** An adapter that takes private answers and puts the display names it learns into {@code names} (null: {@link #learnedNames}). */
    SlackHarness(
            ChatEventSink sink,
            dev.mledrill.chat.PrivateAnswers privateAnswers,
            CommandHandler commands,
            Clock clock,
            ChannelSettings settings,
            DisplayNames names) {
        DisplayNames learned = names != null ? names : learnedNames::putAll;
        channelSettings.set(settings);
        fake = FakeSlack.start();
        adapter = new SlackAdapter(
                fake.settings(),
                sink,
                privateAnswers,
                commands,
                this::settingsFor,
                clock,
                new ConnectionEvents() {
                    @Override
                    public void reconnected() {
                        reconnects.incrementAndGet();
                    }
                },
                learned);
        adapter.start();
        fake.awaitConnected();
    }

    private Optional<ChannelSettings> settingsFor(ChannelRef channel) {
        return Optional.ofNullable(channelSettings.get())
                .filter(s -> s.channel().equals(channel));
    }

    @Override
    public void close() {
        adapter.close();
        fake.close();
    }
}
