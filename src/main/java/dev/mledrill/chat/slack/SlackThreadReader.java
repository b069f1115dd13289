package dev.mledrill.chat.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Message;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.LogIds;
import dev.mledrill.chat.ThreadRead;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a question's thread with {@code conversations.replies} (page by page, oldest first) so
 * answers written, edited or deleted while the bot was down can be reconciled.
 * {@code conversations.history} would return only thread parents.
 */
final class SlackThreadReader {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SlackThreadReader.class);

    private static final int PAGE = 200;

    private final MethodsClient methods;
    private final SlackCalls calls;
    private final SlackEventTranslator translator;
    private final SlackUsers users;

    SlackThreadReader(MethodsClient methods, SlackCalls calls, SlackEventTranslator translator, SlackUsers users) {
        this.methods = methods;
        this.calls = calls;
        this.translator = translator;
        this.users = users;
    }

    /** The thread as Slack has it now: every reply (with its edit, when Slack marks it edited) and every message's ts. */
    ThreadRead read(ChannelRef channel, String threadTs) {
        List<ThreadRead.Reply> replies = new ArrayList<>();
        Set<String> present = new HashSet<>();
        String cursor = null;
        do {
            String page = cursor;
            ConversationsRepliesResponse response = calls.call(
                    "conversations.replies",
                    () -> methods.conversationsReplies(r ->
                            r.channel(channel.id()).ts(threadTs).limit(PAGE).cursor(page)));
            for (Message m : response.getMessages() == null ? List.<Message>of() : response.getMessages()) {
                if (m.getTs() != null) {
                    present.add(m.getTs());
                }
                if (m.getSubtype() != null && !SlackMessageListener.ANSWER_SUBTYPES.contains(m.getSubtype())) {
                    continue;
                }
                try {
                    reply(channel, m).ifPresent(replies::add);
                } catch (MalformedEvent malformed) {
                    LOG.info(
                            "reply {} in Slack thread {} skipped: {}",
                            LogIds.safe(m.getTs()),
                            LogIds.safe(threadTs),
                            malformed.getMessage());
                }
            }
            cursor = response.isHasMore() && response.getResponseMetadata() != null
                    ? response.getResponseMetadata().getNextCursor()
                    : null;
        } while (cursor != null && !cursor.isBlank());
        return new ThreadRead(replies, present, true);
    }

    /** Stable event ids per message (and per edit), so a later live event or a second backfill is recognised as the same. */
    private Optional<ThreadRead.Reply> reply(ChannelRef channel, Message m) {
        var posted = new SlackEventTranslator.Posted(
                channel.id(), m.getUser(), m.getBotId(), m.getText(), m.getTs(), m.getThreadTs());
        return translator
                .answerPosted(
                        "replies:" + channel.id() + ":" + m.getTs(),
                        channel.team(),
                        posted,
                        id -> users.lookup(id).displayName())
                .map(answer -> new ThreadRead.Reply(answer, edit(answer, m.getEdited())));
    }

    private Optional<ChatEvent.AnswerEdited> edit(ChatEvent.AnswerPosted answer, Message.Edited edited) {
        if (edited == null || edited.getTs() == null) {
            return Optional.empty();
        }
        return Optional.of(new ChatEvent.AnswerEdited(
                "replies-edit:" + answer.channel().id() + ":" + answer.messageId() + ":" + edited.getTs(),
                answer.channel(),
                answer.threadId(),
                answer.messageId(),
                answer.user(),
                answer.text(),
                SlackTs.toInstant(edited.getTs(), answer.at())));
    }
}
