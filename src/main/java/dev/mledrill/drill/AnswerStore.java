package dev.mledrill.drill;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable answers. Each write records its platform event id in the same transaction, so a
 * redelivered event (or a second copy of a message) changes nothing and says so.
 */
public interface AnswerStore {

    /** Stores a new answer: {@link Receipt.Stored} with its id, or {@link Receipt.Duplicate}. */
    Receipt insert(NewAnswer answer);

    Optional<StoredAnswer> find(long answerId);

    Optional<StoredAnswer> findByMessage(ChannelRef channel, String messageId);

    /**
     * Records an edit in the history. When {@code counted}, the answer takes the new text as its
     * next revision (to be rescored); otherwise only the history keeps it.
     * Returns {@link Receipt.Stored} or {@link Receipt.Duplicate} (same event or same text).
     */
    Receipt revise(long answerId, String eventId, String body, Instant at, boolean counted);

    /** Withdraws the answer from scores: {@link Receipt.Withdrawn}, or {@link Receipt.Duplicate} if it already was. */
    Receipt withdraw(long answerId, String eventId, Instant at);

    /** Ids of the questions the user has answered (daily and practice), once per answer. */
    List<String> questionsAnsweredBy(UserRef user);

    /** Answers, not withdrawn, whose current revision has no score yet (oldest first). */
    List<Long> unscored();
}
