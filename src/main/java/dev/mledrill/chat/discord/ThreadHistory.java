package dev.mledrill.chat.discord;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.ThreadRead;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageHistory;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;

/**
 * A question thread's messages read over REST ({@code GET channels/{thread}/messages}), oldest
 * first, for answers written, edited or deleted while the bot was offline: the gateway does not
 * replay them.
 */
final class ThreadHistory {
    static final int PAGE = 100;
    static final int MAX_MESSAGES = 5000;

    /** The replies in a question thread (opened on its question message, so every reply comes after that id). */
    List<ChatEvent.AnswerPosted> replies(ChannelRef channel, MessageChannel thread, String threadId) {
        return read(channel, thread, threadId, threadId).answers();
    }

    /**
     * Every message after {@code afterMessageId}; edited answers carry their edit with the event id
     * a live MESSAGE_UPDATE would have had. Incomplete when the thread holds more than {@value #MAX_MESSAGES}.
     */
    ThreadRead read(ChannelRef channel, MessageChannel thread, String threadId, String afterMessageId) {
        List<Message> all = new ArrayList<>();
        String after = afterMessageId;
        boolean complete = false;
        while (all.size() < MAX_MESSAGES) {
            List<Message> page = MessageHistory.getHistoryAfter(thread, after)
                    .limit(PAGE)
                    .complete()
                    .getRetrievedHistory();
            all.addAll(page);
            if (page.size() < PAGE) {
                complete = true;
                break;
            }
            after = page.stream()
                    .max(Comparator.comparingLong(Message::getIdLong))
                    .orElseThrow()
                    .getId();
        }
        Set<String> present = all.stream().map(Message::getId).collect(Collectors.toSet());
        List<ThreadRead.Reply> replies = all.stream()
                .filter(DiscordAnswers::isAnswer)
                .sorted(Comparator.comparingLong(Message::getIdLong))
                .map(m -> new ThreadRead.Reply(
                        DiscordAnswers.posted(channel, threadId, m),
                        m.getTimeEdited() == null
                                ? Optional.empty()
                                : Optional.of(DiscordAnswers.edited(channel, threadId, m))))
                .toList();
        return new ThreadRead(replies, present, complete);
    }
}
