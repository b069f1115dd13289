package dev.mledrill.chat.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Message;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.LogIds;
import dev.mledrill.chat.ChatEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a question's thread with {@code conversations.replies} (page by page, oldest first) so
 * answers written while the bot was down can be backfilled. {@code conversations.history} would
 * return only thread parents.
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

    List<ChatEvent.AnswerPosted> replies(ChannelRef channel, String threadTs) {
        List<ChatEvent.AnswerPosted> answers = new ArrayList<>();
        String cursor = null;
        do {
            String page = cursor;
            ConversationsRepliesResponse response = calls.call("conversations.replies", () -> methods.conversationsReplies(r -> r
                    .channel(channel.id()).ts(threadTs).limit(PAGE).cursor(page)));
            for (Message m : response.getMessages() == null ? List.<Message>of() : response.getMessages()) {
                if (m.getSubtype() != null && !SlackMessageListener.ANSWER_SUBTYPES.contains(m.getSubtype())) {
                    continue;
                }
                var posted = new SlackEventTranslator.Posted(channel.id(), m.getUser(), m.getBotId(), m.getText(),
                        m.getTs(), m.getThreadTs());
                // A stable id per message, so a later live event or a second backfill is recognised as the same answer.
                try {
                    translator.answerPosted("replies:" + channel.id() + ":" + m.getTs(), channel.team(), posted,
                                    id -> users.lookup(id).displayName())
                            .ifPresent(answers::add);
                } catch (MalformedEvent malformed) {
                    LOG.info("reply {} in Slack thread {} skipped: {}", LogIds.safe(m.getTs()), LogIds.safe(threadTs),
                            malformed.getMessage());
                }
            }
            cursor = response.isHasMore() && response.getResponseMetadata() != null
                    ? response.getResponseMetadata().getNextCursor() : null;
        } while (cursor != null && !cursor.isBlank());
        return answers;
    }
}
