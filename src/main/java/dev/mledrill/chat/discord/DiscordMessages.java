package dev.mledrill.chat.discord;

import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;

/**
 * Sends the bot's texts: split to Discord's message size, with no mention pings except the
 * replied-to answerer, and a participation reaction on answers.
 */
final class DiscordMessages {
    /** The same for every score, so the team sees who took part without seeing anyone's score. */
    static final Emoji TOOK_PART = Emoji.fromUnicode("✅");

    /** Posts {@code text} to {@code channel}, in as many messages as it needs. */
    void send(MessageChannel channel, String text) {
        for (String chunk : MessageChunks.split(text)) {
            quiet(channel.sendMessage(chunk)).complete();
        }
    }

    /** Posts {@code text} as a reply to {@code messageId}; the rest of a long text follows it. */
    void reply(MessageChannel channel, String messageId, String text, boolean pingAuthor) {
        List<String> chunks = MessageChunks.split(text);
        quiet(channel.sendMessage(chunks.get(0)))
                .setMessageReference(messageId)
                .failOnInvalidReply(false)
                .mentionRepliedUser(pingAuthor)
                .complete();
        for (String chunk : chunks.subList(1, chunks.size())) {
            quiet(channel.sendMessage(chunk)).complete();
        }
    }

    /** Reacts on an answer; an answer deleted in the meantime needs no reaction. */
    void react(MessageChannel channel, String messageId) {
        try {
            channel.addReactionById(messageId, TOOK_PART).complete();
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() != ErrorResponse.UNKNOWN_MESSAGE) {
                throw e;
            }
        }
    }

    private static MessageCreateAction quiet(MessageCreateAction action) {
        return action.setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
    }
}
