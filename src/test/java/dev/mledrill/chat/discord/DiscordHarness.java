package dev.mledrill.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.ChatEventSink;
import dev.mledrill.chat.CommandHandler;
import dev.mledrill.chat.CommandReply;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.Receipt;
import dev.mledrill.drill.ChannelSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A started adapter against a {@link FakeDiscord}, with a sink and a command handler that record what they get. */
final class DiscordHarness implements AutoCloseable {
    static final ChannelRef DRILL_CHANNEL = new ChannelRef(Platform.DISCORD, FakeDiscord.GUILD, FakeDiscord.CHANNEL);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);

    final FakeDiscord discord;
    final DiscordAdapter adapter;
    final List<ChatEvent> events = new CopyOnWriteArrayList<>();
    final List<ChatEvent.CommandInvoked> commands = new CopyOnWriteArrayList<>();
    volatile Function<ChatEvent, Receipt> receipts = e -> new Receipt.Stored(1);
    volatile Function<ChatEvent.CommandInvoked, CommandReply> replies = c -> new CommandReply("**ok** " + c.text());

    DiscordHarness() throws Exception {
        this(FeedbackMode.THREAD);
    }

    DiscordHarness(FeedbackMode mode) throws Exception {
        this(mode, null);
    }

    /** With {@code core} set, events are handed on to it (the real drill service) after being recorded. */
    DiscordHarness(FeedbackMode mode, ChatEventSink core) throws Exception {
        discord = new FakeDiscord();
        ChannelSettings drill = new ChannelSettings(
                DRILL_CHANNEL,
                "drill",
                "0 0 9 ? * MON-FRI",
                ZoneId.of("Europe/Berlin"),
                Map.of(),
                Set.of(),
                Optional.empty(),
                mode,
                true,
                true,
                List.of());
        ChatEventSink sink = event -> {
            events.add(event);
            return core == null ? receipts.apply(event) : core.accept(event);
        };
        CommandHandler handler = command -> {
            commands.add(command);
            return replies.apply(command);
        };
        adapter = new DiscordAdapter(
                discord.settings(List.of("drill-admins")),
                sink,
                handler,
                ref -> ref.equals(DRILL_CHANNEL) ? Optional.of(drill) : Optional.empty(),
                CLOCK);
        assertTimeoutPreemptively(Duration.ofSeconds(30), adapter::start);
        assertThat(adapter.chat()).isNotNull();
    }

    /** Posts today's question in the drill channel; its thread is where answers go. */
    dev.mledrill.chat.PostedMessage postToday() {
        return adapter.chat()
                .postQuestion(new dev.mledrill.chat.QuestionPost(
                        DRILL_CHANNEL,
                        Samples.QUESTION,
                        java.time.LocalDate.parse("2026-11-24"),
                        java.time.ZonedDateTime.parse("2026-11-25T09:00:00+01:00[Europe/Berlin]")));
    }

    @Override
    public void close() {
        adapter.close();
        discord.close();
    }
}
