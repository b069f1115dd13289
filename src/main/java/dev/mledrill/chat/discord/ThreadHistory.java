package dev.mledrill.chat.discord;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageHistory;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;

/**
 * A question thread's replies read over REST ({@code GET channels/{thread}/messages}), oldest
 * first, for answers written while the bot was offline: the gateway does not replay them.
 */
final class ThreadHistory {
    static final int PAGE = 100;
    static final int MAX_MESSAGES = 5000;

    List<ChatEvent.AnswerPosted> replies(ChannelRef channel, MessageChannel thread, String threadId) {
        List<Message> all = new ArrayList<>();
        // A thread opened on a message has that message's id, so every reply comes after it.
        String after = threadId;
        while (all.size() < MAX_MESSAGES) {
            List<Message> page = MessageHistory.getHistoryAfter(thread, after).limit(PAGE).complete()
                    .getRetrievedHistory();
            if (page.isEmpty()) {
                break;
            }
            all.addAll(page);
            after = page.stream().max(Comparator.comparingLong(Message::getIdLong)).orElseThrow().getId();
            if (page.size() < PAGE) {
                break;
            }
        }
        return all.stream()
                .filter(DiscordAnswers::isAnswer)
                .sorted(Comparator.comparingLong(Message::getIdLong))
                .map(m -> DiscordAnswers.posted(channel, threadId, m))
                .toList();
    }
}
