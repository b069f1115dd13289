package dev.mledrill.chat.discord;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.ChatEventSink;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.Receipt;
import dev.mledrill.drill.ChannelSettings;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates messages in the threads of configured channels (and in practice DMs) into answer
 * events for the core. Only ids reach the log, never the text.
 */
final class AnswerListener extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerListener.class);

    private final ChatEventSink sink;
    private final Function<ChannelRef, Optional<ChannelSettings>> channels;
    private final PracticeChannels practice;
    private final DiscordMessages messages;
    private final Clock clock;

    AnswerListener(
            ChatEventSink sink,
            Function<ChannelRef, Optional<ChannelSettings>> channels,
            PracticeChannels practice,
            DiscordMessages messages,
            Clock clock) {
        this.sink = sink;
        this.channels = channels;
        this.practice = practice;
        this.messages = messages;
        this.clock = clock;
    }

    /** Where a message's answers belong: a thread of a configured channel, or a DM. */
    private record Place(ChannelRef channel, String threadId) {}

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        Message message = event.getMessage();
        if (!DiscordAnswers.isAnswer(message)) {
            return;
        }
        place(event.getChannel())
                .ifPresent(place -> hand(
                        DiscordAnswers.posted(
                                place.channel(), place.threadId(), message, direct(event.getChannel(), message)),
                        event.getChannel(),
                        message));
    }

    /** A DM message, with the message it replies to: a plain one, or one replying to the feedback, can answer a probe. */
    private static Optional<ChatEvent.Direct> direct(MessageChannelUnion channel, Message message) {
        if (channel.getType() != ChannelType.PRIVATE) {
            return Optional.empty();
        }
        var reference = message.getMessageReference();
        return Optional.of(new ChatEvent.Direct(channel.getId(), reference == null ? null : reference.getMessageId()));
    }

    @Override
    public void onMessageUpdate(MessageUpdateEvent event) {
        Message message = event.getMessage();
        if (!DiscordAnswers.isAnswer(message)) {
            return;
        }
        place(event.getChannel())
                .ifPresent(place -> hand(
                        DiscordAnswers.edited(place.channel(), place.threadId(), message),
                        event.getChannel(),
                        message));
    }

    @Override
    public void onMessageDelete(MessageDeleteEvent event) {
        place(event.getChannel())
                .ifPresent(place -> hand(
                        new ChatEvent.AnswerDeleted(
                                DiscordAnswers.deletedId(event.getMessageId()),
                                place.channel(),
                                event.getMessageId(),
                                clock.instant()),
                        event.getChannel(),
                        null));
    }

    private Optional<Place> place(MessageChannelUnion channel) {
        if (channel.getType() == ChannelType.PRIVATE) {
            return Optional.of(new Place(practice.channelFor(channel.getId()), channel.getId()));
        }
        if (!channel.getType().isThread()) {
            return Optional.empty();
        }
        ThreadChannel thread = channel.asThreadChannel();
        ChannelRef parent = new ChannelRef(
                Platform.DISCORD,
                thread.getGuild().getId(),
                thread.getParentChannel().getId());
        return channels.apply(parent).map(settings -> new Place(parent, thread.getId()));
    }

    private void hand(ChatEvent event, MessageChannel channel, Message message) {
        Receipt receipt;
        try {
            receipt = sink.accept(event);
        } catch (RuntimeException e) {
            LOG.error(
                    "storing Discord event {} in channel {} failed; the next start's thread backfill recovers it",
                    event.eventId(),
                    channel.getId(),
                    e);
            return;
        }
        LOG.debug("Discord event {} -> {}", event.eventId(), receipt.getClass().getSimpleName());
        if (receipt instanceof Receipt.Rejected rejected && message != null) {
            messages.reply(channel, message.getId(), rejected.userMessage(), true);
        }
    }
}
