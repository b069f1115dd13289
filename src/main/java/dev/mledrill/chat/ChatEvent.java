package dev.mledrill.chat;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a chat adapter hands to the core, translated from Slack or Discord events.
 * {@code eventId} is the platform's delivery id where it has one (Slack event_id), else a
 * stable id derived from the message (Discord: the message id plus the kind of event).
 */
public sealed interface ChatEvent {

    String eventId();

    ChannelRef channel();

    Instant at();

    /**
     * A message replied in a question's thread, or written in the bot's DM ({@code direct} then says
     * where: a practice answer or a follow-up probe's reply; neither, it is ignored).
     */
    record AnswerPosted(
            String eventId,
            ChannelRef channel,
            String threadId,
            String messageId,
            UserRef user,
            String displayName,
            String text,
            Instant at,
            Optional<Direct> direct)
            implements ChatEvent {

        /** A message that is not in a DM. */
        public AnswerPosted(
                String eventId,
                ChannelRef channel,
                String threadId,
                String messageId,
                UserRef user,
                String displayName,
                String text,
                Instant at) {
            this(eventId, channel, threadId, messageId, user, displayName, text, at, Optional.empty());
        }

        public AnswerPosted {
            direct = direct == null ? Optional.empty() : direct;
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(threadId, "threadId");
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(user, "user");
            text = text == null ? "" : text;
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * Where a DM message was written: the DM channel, and the message it answers (Slack: its thread's
     * parent; Discord: the message it replies to), null for a plain message in the DM.
     */
    record Direct(String channelId, String repliesTo) {
        public Direct {
            Objects.requireNonNull(channelId, "channelId");
        }
    }

    /** An answer's text was edited on the platform. */
    record AnswerEdited(
            String eventId,
            ChannelRef channel,
            String threadId,
            String messageId,
            UserRef user,
            String text,
            Instant at)
            implements ChatEvent {
        public AnswerEdited {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(messageId, "messageId");
            text = text == null ? "" : text;
            Objects.requireNonNull(at, "at");
        }
    }

    /** An answer was deleted on the platform: it is withdrawn from scores. */
    record AnswerDeleted(String eventId, ChannelRef channel, String messageId, Instant at) implements ChatEvent {
        public AnswerDeleted {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A {@code /drill ...} command. {@code text} is everything after {@code /drill}; {@code admin}
     * is what the platform says (Slack workspace admin, Discord Manage Server or configured role).
     */
    record CommandInvoked(
            String eventId,
            ChannelRef channel,
            UserRef user,
            String displayName,
            boolean admin,
            String text,
            Instant at)
            implements ChatEvent {
        public CommandInvoked {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(user, "user");
            text = text == null ? "" : text;
            Objects.requireNonNull(at, "at");
        }
    }
}
