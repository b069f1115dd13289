package dev.mledrill.schedule;

import dev.mledrill.chat.ChannelRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The stored row of a channel's question for one drill day. */
public record PostedQuestion(
        long id,
        ChannelRef channel,
        LocalDate drillDate,
        String questionId,
        String category,
        PostStatus status,
        String claimedBy,
        Instant windowClosesAt,
        Optional<String> messageId,
        Optional<String> threadId,
        int attempts,
        Optional<String> lastError,
        Optional<Instant> wrappedUpAt) {

    public PostedQuestion {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(drillDate, "drillDate");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(windowClosesAt, "windowClosesAt");
        messageId = messageId == null ? Optional.empty() : messageId;
        threadId = threadId == null ? Optional.empty() : threadId;
        lastError = lastError == null ? Optional.empty() : lastError;
        wrappedUpAt = wrappedUpAt == null ? Optional.empty() : wrappedUpAt;
    }
}
