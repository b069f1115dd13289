package dev.mledrill.chat.discord;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;

/**
 * Discord messages as answers. Event ids are derived from the message so that a replayed or
 * backfilled message yields the same id and the core stores it once.
 */
final class DiscordAnswers {
    private DiscordAnswers() {}

    /** People's own messages: no bots (ourselves included), webhooks or system notices. */
    static boolean isAnswer(Message message) {
        MessageType type = message.getType();
        return !message.getAuthor().isBot()
                && !message.getAuthor().isSystem()
                && !message.isWebhookMessage()
                && (type == MessageType.DEFAULT || type == MessageType.INLINE_REPLY);
    }

    static String createdId(String messageId) {
        return "create:" + messageId;
    }

    static String editedId(Message message) {
        long at = message.getTimeEdited() == null
                ? 0
                : message.getTimeEdited().toInstant().toEpochMilli();
        return "update:" + message.getId() + ":" + at;
    }

    static String deletedId(String messageId) {
        return "delete:" + messageId;
    }

    static ChatEvent.AnswerPosted posted(ChannelRef channel, String threadId, Message message) {
        return posted(channel, threadId, message, Optional.empty());
    }

    static ChatEvent.AnswerPosted posted(
            ChannelRef channel, String threadId, Message message, Optional<ChatEvent.Direct> direct) {
        return new ChatEvent.AnswerPosted(
                createdId(message.getId()),
                channel,
                threadId,
                message.getId(),
                author(channel, message),
                displayName(message),
                message.getContentRaw(),
                message.getTimeCreated().toInstant(),
                direct);
    }

    static ChatEvent.AnswerEdited edited(ChannelRef channel, String threadId, Message message) {
        var at = message.getTimeEdited() == null ? message.getTimeCreated() : message.getTimeEdited();
        return new ChatEvent.AnswerEdited(
                editedId(message),
                channel,
                threadId,
                message.getId(),
                author(channel, message),
                message.getContentRaw(),
                at.toInstant());
    }

    static UserRef author(ChannelRef channel, Message message) {
        return new UserRef(Platform.DISCORD, channel.team(), message.getAuthor().getId());
    }

    private static String displayName(Message message) {
        Member member = message.getMember();
        return member != null ? member.getEffectiveName() : message.getAuthor().getEffectiveName();
    }
}
