package dev.mledrill.chat.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.request.Request;
import dev.mledrill.chat.LogIds;

/** Names a raw Slack request in a log line by its ids only (event id and message ts), never its text. */
final class SlackPayloadIds {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackPayloadIds() {}

    /** e.g. "event Ev123 (ts 1700000000.000100)"; "(unreadable)" when the body is not JSON. */
    static String describe(Request<?> request) {
        if (request == null || request.getRequestBodyAsString() == null) {
            return "(no body)";
        }
        try {
            JsonNode body = JSON.readTree(request.getRequestBodyAsString());
            JsonNode ts = body.path("event").path("ts");
            JsonNode eventId = body.path("event_id");
            return "event " + (eventId.isTextual() ? LogIds.safe(eventId.asText()) : "?") + " (ts "
                    + (ts.isTextual() ? LogIds.safe(ts.asText()) : "?") + ")";
        } catch (java.io.IOException | RuntimeException e) {
            return "(unreadable)";
        }
    }
}
