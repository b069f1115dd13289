package dev.mledrill.metrics;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.AnswerStore;
import dev.mledrill.drill.NewAnswer;
import dev.mledrill.drill.StoredAnswer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Counts each new answer stored; a duplicate delivery is not counted. */
public final class MeteredAnswerStore implements AnswerStore {
    private final AnswerStore store;
    private final Metrics metrics;

    public MeteredAnswerStore(AnswerStore store, Metrics metrics) {
        this.store = Objects.requireNonNull(store, "store");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public Receipt insert(NewAnswer answer) {
        Receipt receipt = store.insert(answer);
        if (receipt instanceof Receipt.Stored) {
            metrics.answerStored();
        }
        return receipt;
    }

    @Override
    public Optional<StoredAnswer> find(long answerId) {
        return store.find(answerId);
    }

    @Override
    public Optional<StoredAnswer> findByMessage(ChannelRef channel, String messageId) {
        return store.findByMessage(channel, messageId);
    }

    @Override
    public Receipt revise(long answerId, String eventId, String body, Instant at, boolean counted) {
        return store.revise(answerId, eventId, body, at, counted);
    }

    @Override
    public Receipt withdraw(long answerId, String eventId, Instant at) {
        return store.withdraw(answerId, eventId, at);
    }

    @Override
    public List<String> questionsAnsweredBy(UserRef user) {
        return store.questionsAnsweredBy(user);
    }

    @Override
    public List<Long> unscored() {
        return store.unscored();
    }
}
