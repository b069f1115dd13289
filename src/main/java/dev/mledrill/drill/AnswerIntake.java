package dev.mledrill.drill;

import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.LogIds;
import dev.mledrill.chat.Receipt;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns answer events into stored rows: finds the question a thread belongs to, checks the text,
 * and writes through the store (which also de-duplicates deliveries). Never scores.
 */
final class AnswerIntake {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerIntake.class);

    /** Recording a post's ids takes milliseconds; the wait stays under Slack's 3 s acknowledgement limit. */
    private static final Duration RECORDING_WAIT = Duration.ofSeconds(2);

    private static final Duration RECORDING_POLL = Duration.ofMillis(20);

    private final DrillStores stores;

    AnswerIntake(DrillStores stores) {
        this.stores = stores;
    }

    Receipt posted(ChatEvent.AnswerPosted event) {
        Optional<AnswerTarget> target = stores.threads().find(event.channel(), event.threadId(), event.user());
        if (target.isEmpty()) {
            target = awaitRecorded(event);
        }
        if (target.isEmpty()) {
            return new Receipt.Ignored("thread " + event.threadId() + " is not a question's thread");
        }
        Optional<String> rejection = AnswerText.rejection(event.text());
        if (rejection.isPresent()) {
            return rejected("answer", event.messageId(), event.text(), rejection.get());
        }
        return stores.answers()
                .insert(new NewAnswer(
                        event.eventId(),
                        event.user(),
                        event.displayName(),
                        event.channel(),
                        event.messageId(),
                        target.get(),
                        AnswerText.storable(event.text()),
                        event.at()));
    }

    /**
     * A reply that came within milliseconds of its question (the platform answered the post, the
     * poster has not recorded the thread yet) waits, briefly, for the record instead of being dropped.
     */
    private Optional<AnswerTarget> awaitRecorded(ChatEvent.AnswerPosted event) {
        long deadline = System.nanoTime() + RECORDING_WAIT.toNanos();
        while (true) {
            boolean inProgress = stores.threads().postInProgress(event.channel());
            // Looked up again after the claim check: a record landing between the two reads is then seen.
            Optional<AnswerTarget> target = stores.threads().find(event.channel(), event.threadId(), event.user());
            if (target.isPresent() || !inProgress || System.nanoTime() >= deadline) {
                return target;
            }
            try {
                Thread.sleep(RECORDING_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** Whether an edit's answer is scored: not at all, as a first answer, or again after an edit. */
    enum Rescore {
        NO,
        AS_NEW,
        AS_EDIT
    }

    /** What an edit did, and how the answer is to be scored. */
    record Edit(Receipt receipt, Rescore rescore) {}

    /** An edit inside the answer window becomes a new revision; after it, only the history keeps it. */
    Edit edited(ChatEvent.AnswerEdited event) {
        Optional<StoredAnswer> answer = stores.answers().findByMessage(event.channel(), event.messageId());
        if (answer.isEmpty() && event.threadId() != null && event.user() != null) {
            // A reply refused before (empty, too long) and now edited into an answer is received as one.
            Receipt first = posted(new ChatEvent.AnswerPosted(
                    event.eventId(),
                    event.channel(),
                    event.threadId(),
                    event.messageId(),
                    event.user(),
                    null,
                    event.text(),
                    event.at()));
            return new Edit(first, Rescore.AS_NEW);
        }
        if (answer.isEmpty()) {
            return new Edit(
                    new Receipt.Ignored("message " + event.messageId() + " is not a stored answer"), Rescore.NO);
        }
        if (answer.get().withdrawn()) {
            return new Edit(new Receipt.Ignored("answer " + answer.get().id() + " was withdrawn"), Rescore.NO);
        }
        Optional<String> rejection = AnswerText.rejection(event.text());
        if (rejection.isPresent()) {
            return new Edit(rejected("edit", event.messageId(), event.text(), rejection.get()), Rescore.NO);
        }
        boolean counted = answer.get().target().openAt(event.at());
        Receipt receipt = stores.answers()
                .revise(answer.get().id(), event.eventId(), AnswerText.storable(event.text()), event.at(), counted);
        return new Edit(receipt, counted ? Rescore.AS_EDIT : Rescore.NO);
    }

    Receipt deleted(ChatEvent.AnswerDeleted event) {
        return stores.answers()
                .findByMessage(event.channel(), event.messageId())
                .map(answer -> stores.answers().withdraw(answer.id(), event.eventId(), event.at()))
                .orElseGet(() -> new Receipt.Ignored("message " + event.messageId() + " is not a stored answer"));
    }

    private static Receipt rejected(String what, String messageId, String text, String reason) {
        LOG.info(
                "{} in message {} rejected ({} characters): {}",
                what,
                LogIds.safe(messageId),
                text.length(),
                reason.substring(0, reason.indexOf('.') + 1));
        return new Receipt.Rejected(reason);
    }
}
