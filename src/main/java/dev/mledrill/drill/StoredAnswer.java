package dev.mledrill.drill;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.UserRef;
import java.time.Instant;
import java.util.Objects;

/** An answer as stored: its current text and revision, and whether it was late or withdrawn. */
public record StoredAnswer(
        long id,
        UserRef user,
        ChannelRef channel,
        String messageId,
        AnswerTarget target,
        String body,
        int revision,
        Instant receivedAt,
        boolean late,
        boolean withdrawn) {
    public StoredAnswer {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(target, "target");
        body = body == null ? "" : body;
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public boolean practice() {
        return target instanceof AnswerTarget.Practice;
    }

    /** The channel whose streak this answer shows: its own, or where practice was requested. */
    public ChannelRef streakChannel() {
        return target instanceof AnswerTarget.Practice p ? p.requestedIn().orElse(channel) : channel;
    }
}
