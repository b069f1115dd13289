package dev.mledrill.drill;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.UserRef;
import java.time.Instant;
import java.util.Objects;

/**
 * An answer about to be stored, exactly as received ({@code body} is the original text).
 * {@code eventId} is the platform delivery id recorded with it, so a redelivery is a duplicate.
 */
public record NewAnswer(
        String eventId,
        UserRef user,
        String displayName,
        ChannelRef channel,
        String messageId,
        AnswerTarget target,
        String body,
        Instant receivedAt) {
    public NewAnswer {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** Received after the daily question's window closed: stored and scored, but not counted. */
    public boolean late() {
        return !target.openAt(receivedAt);
    }

    public boolean practice() {
        return target instanceof AnswerTarget.Practice;
    }
}
