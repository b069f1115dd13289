package dev.mledrill.chat.discord;

import dev.mledrill.chat.ChatImage;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.FileUpload;

/**
 * Sends the bot's texts: split to Discord's message size, with no mention pings except the
 * replied-to answerer, and a participation reaction on answers.
 */
final class DiscordMessages {
    /** The same for every score, so the team sees who took part without seeing anyone's score. */
    static final Emoji TOOK_PART = Emoji.fromUnicode("✅");

    /** Posts {@code text} to {@code channel}, in as many messages as it needs; returns the last one's id. */
    String send(MessageChannel channel, String text) {
        String last = null;
        for (String chunk : MessageChunks.split(text)) {
            last = quiet(channel.sendMessage(chunk)).complete().getId();
        }
        return last;
    }

    /** Posts {@code text} to {@code channel} with the image attached to its last message (alt text as its description). */
    void send(MessageChannel channel, String text, Optional<ChatImage> image) {
        if (image.isEmpty()) {
            send(channel, text);
            return;
        }
        List<String> chunks = text.isBlank() ? List.of() : MessageChunks.split(text);
        for (String chunk : chunks.subList(0, Math.max(0, chunks.size() - 1))) {
            quiet(channel.sendMessage(chunk)).complete();
        }
        MessageCreateAction last = chunks.isEmpty()
                ? channel.sendFiles(upload(image.get()))
                : channel.sendMessage(chunks.get(chunks.size() - 1)).addFiles(upload(image.get()));
        quiet(last).complete();
    }

    /** Posts {@code text} to {@code channel} with {@code row} (buttons) under its last message. */
    void send(MessageChannel channel, String text, ActionRow row) {
        List<String> chunks = MessageChunks.split(text);
        for (int i = 0; i < chunks.size(); i++) {
            MessageCreateAction action = quiet(channel.sendMessage(chunks.get(i)));
            (i == chunks.size() - 1 ? action.setComponents(row) : action).complete();
        }
    }

    static FileUpload upload(ChatImage image) {
        return FileUpload.fromData(image.png(), image.fileName()).setDescription(image.altText());
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
