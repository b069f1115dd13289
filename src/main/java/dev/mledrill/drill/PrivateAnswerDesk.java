package dev.mledrill.drill;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.ChatEventSink;
import dev.mledrill.chat.PrivateAnswers;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.question.Question;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Answers written in the private form, stored through the same path as thread replies. A person
 * has at most one current private answer per question, under the message id
 * {@code private:<thread>:<user>:<n>}; after a withdrawal the next answer takes the next {@code n},
 * so the unique message key keeps a double submit to one answer.
 */
final class PrivateAnswerDesk implements PrivateAnswers {
    /** Withdrawals and new answers one person may make to one question. */
    static final int MAX_ANSWERS = 50;

    private static final String THREAD_ONLY = "This channel's answers are replies in the question's thread.";

    private final DrillStores stores;
    private final ChatEventSink sink;
    private final Function<String, Optional<Question>> questions;
    private final Predicate<ChannelRef> privateChannel;
    private final FollowUpForm followUps;

    PrivateAnswerDesk(
            DrillStores stores,
            ChatEventSink sink,
            Function<String, Optional<Question>> questions,
            Predicate<ChannelRef> privateChannel,
            FollowUpForm followUps) {
        this.stores = stores;
        this.sink = sink;
        this.questions = questions;
        this.privateChannel = privateChannel;
        this.followUps = followUps;
    }

    @Override
    public Draft draft(ChannelRef channel, String threadId, UserRef user, Instant at) {
        if (!privateChannel.test(channel)) {
            return new Draft.Refused(THREAD_ONLY);
        }
        Optional<AnswerTarget> target = stores.threads().find(channel, threadId, user);
        if (target.isEmpty() || !(target.get() instanceof AnswerTarget.Daily)) {
            return new Draft.Refused("This is not an open drill question: nothing to answer here.");
        }
        if (!target.get().openAt(at)) {
            return new Draft.Refused(closed());
        }
        String prompt =
                questions.apply(target.get().questionId()).map(Question::prompt).orElse("");
        return slot(channel, threadId, user)
                .current()
                .<Draft>map(answer -> new Draft.Editing(prompt, answer.body()))
                .orElseGet(() -> new Draft.Fresh(prompt));
    }

    @Override
    public Receipt submit(
            String eventId,
            ChannelRef channel,
            String threadId,
            UserRef user,
            String displayName,
            String text,
            Instant at) {
        if (!privateChannel.test(channel)) {
            return new Receipt.Rejected(THREAD_ONLY);
        }
        Optional<String> rejection = AnswerText.rejection(text == null ? "" : text);
        if (rejection.isPresent()) {
            return new Receipt.Rejected(rejection.get());
        }
        Slot slot = slot(channel, threadId, user);
        if (slot.current().isPresent()) {
            StoredAnswer current = slot.current().get();
            if (!current.target().openAt(at)) {
                return new Receipt.Rejected(closed() + " Your answer stays as it was.");
            }
            return sink.accept(
                    new ChatEvent.AnswerEdited(eventId, channel, threadId, current.messageId(), user, text, at));
        }
        if (slot.next().isEmpty()) {
            return new Receipt.Rejected("You have answered and withdrawn this question too many times.");
        }
        return sink.accept(new ChatEvent.AnswerPosted(
                eventId, channel, threadId, slot.next().get(), user, displayName, text, at));
    }

    @Override
    public Receipt withdraw(String eventId, ChannelRef channel, String threadId, UserRef user, Instant at) {
        return slot(channel, threadId, user)
                .current()
                .map(answer -> sink.accept(new ChatEvent.AnswerDeleted(eventId, channel, answer.messageId(), at)))
                .orElseGet(() -> new Receipt.Ignored("no private answer to withdraw"));
    }

    @Override
    public Draft followUp(ChannelRef channel, String threadId, UserRef user, Instant at) {
        return privateChannel.test(channel)
                ? followUps.draft(channel, threadId, user, at)
                : new Draft.Refused(THREAD_ONLY);
    }

    @Override
    public Receipt replyToFollowUp(
            String eventId, ChannelRef channel, String threadId, UserRef user, String text, Instant at) {
        return privateChannel.test(channel)
                ? followUps.reply(eventId, channel, threadId, user, text, at)
                : new Receipt.Rejected(THREAD_ONLY);
    }

    /** The person's current (not withdrawn) private answer, or the message id a new one takes. */
    private record Slot(Optional<StoredAnswer> current, Optional<String> next) {}

    private Slot slot(ChannelRef channel, String threadId, UserRef user) {
        for (int n = 1; n <= MAX_ANSWERS; n++) {
            String id = messageId(threadId, user, n);
            Optional<StoredAnswer> answer = stores.answers().findByMessage(channel, id);
            if (answer.isEmpty()) {
                return new Slot(Optional.empty(), Optional.of(id));
            }
            if (!answer.get().withdrawn()) {
                return new Slot(answer, Optional.empty());
            }
        }
        return new Slot(Optional.empty(), Optional.empty());
    }

    static String messageId(String threadId, UserRef user, int n) {
        return PRIVATE_ID_PREFIX + threadId + ":" + user.id() + ":" + n;
    }

    private static String closed() {
        return "This question's answer window has closed; the answers are revealed in its thread.";
    }
}
