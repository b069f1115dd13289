package dev.mledrill.chat.slack;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import dev.mledrill.chat.LogIds;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Bolt answers when no listener took a request. An event of a type the bot listens to got here
 * because its listener declined it (the answer could not be stored): it stays unacknowledged, so
 * Slack delivers it again. Anything else (an event type, message subtype or interaction the bot has
 * no listener for) is acknowledged, so Slack does not redeliver it for nothing.
 */
final class UnhandledEnvelopes {
    private static final Logger LOG = LoggerFactory.getLogger(UnhandledEnvelopes.class);
    /** The event types and subtypes {@link SlackMessageListener} registers. */
    static final Set<String> LISTENED = Set.of(
            "message",
            "message:thread_broadcast",
            "message:file_share",
            "message:message_changed",
            "message:message_deleted");

    private UnhandledEnvelopes() {}

    static Response respond(Request<?> request) {
        if (request instanceof EventRequest event) {
            String type = event.getEventTypeAndSubtype();
            if (type != null && LISTENED.contains(type)) {
                return Response.builder().statusCode(503).body("").build();
            }
            LOG.debug("Slack event of type {} has no listener; acknowledged", LogIds.safe(String.valueOf(type)));
            return Response.ok();
        }
        LOG.debug("Slack {} request has no listener; acknowledged", request.getRequestType());
        return Response.ok();
    }
}
