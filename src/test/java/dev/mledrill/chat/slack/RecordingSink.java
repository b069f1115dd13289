package dev.mledrill.chat.slack;

import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.ChatEventSink;
import dev.mledrill.chat.Receipt;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/** A sink that records what the adapter handed over; answers like the core would (duplicates, empty answers). */
final class RecordingSink implements ChatEventSink {
    final List<ChatEvent> received = new CopyOnWriteArrayList<>();
    final List<ChatEvent> stored = new CopyOnWriteArrayList<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicLong ids = new AtomicLong();
    private volatile Function<ChatEvent, Receipt> override = e -> null;

    void answerWith(Function<ChatEvent, Receipt> receipts) {
        this.override = receipts;
    }

    @Override
    public Receipt accept(ChatEvent event) {
        received.add(event);
        Receipt forced = override.apply(event);
        if (forced != null) {
            return forced;
        }
        if (!seen.add(event.eventId())) {
            return new Receipt.Duplicate("event " + event.eventId());
        }
        if (event instanceof ChatEvent.AnswerPosted p && p.text().isBlank()) {
            return new Receipt.Rejected("Your answer is empty: reply with a few sentences to get a score.");
        }
        stored.add(event);
        return new Receipt.Stored(ids.incrementAndGet());
    }

    /** Forgets what was received so far (what a test set up before its own event). */
    void clear() {
        received.clear();
        stored.clear();
    }

    <T extends ChatEvent> List<T> stored(Class<T> type) {
        return stored.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
