package dev.mledrill.drill;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.PrivateAnswers;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The follow-up on a private answer, answered in a form: the button opens it with the probe, and its text
 * becomes the probe's reply through {@link FollowUps#reply}, as a thread reply would, under the message id
 * {@link PrivateAnswers#followUpReplyId}. That id is one per person and question, so a second submit is a
 * duplicate and "already answered" is a lookup of it.
 */
final class FollowUpForm {
    private final AnswerStore answers;
    private final Optional<ProbeStore> probes;
    private final Function<ChatEvent.AnswerPosted, Receipt> replies;

    /**
     * @param probes  empty when no follow-ups are asked
     * @param replies stores a reply through the follow-up path (never as an answer) and queues its scoring
     */
    FollowUpForm(AnswerStore answers, Optional<ProbeStore> probes, Function<ChatEvent.AnswerPosted, Receipt> replies) {
        this.answers = answers;
        this.probes = probes;
        this.replies = replies;
    }

    /** What the person's *Reply to follow-up* button opens: the probe, or why not. */
    PrivateAnswers.Draft draft(ChannelRef channel, String threadId, UserRef user, Instant at) {
        Optional<String> refusal = refusal(channel, threadId, user, at);
        if (refusal.isPresent()) {
            return new PrivateAnswers.Draft.Refused(refusal.get());
        }
        return new PrivateAnswers.Draft.Fresh(
                open(channel, threadId, user).orElseThrow().probeText());
    }

    Receipt reply(String eventId, ChannelRef channel, String threadId, UserRef user, String text, Instant at) {
        Optional<String> refusal =
                refusal(channel, threadId, user, at).or(() -> AnswerText.rejection(text == null ? "" : text));
        if (refusal.isPresent()) {
            return new Receipt.Rejected(refusal.get());
        }
        Receipt receipt = replies.apply(new ChatEvent.AnswerPosted(
                eventId, channel, threadId, PrivateAnswers.followUpReplyId(threadId, user), user, null, text, at));
        // Two submits racing past the check above: the second finds the reply stored.
        return receipt instanceof Receipt.Duplicate ? new Receipt.Rejected(PrivateAnswers.FOLLOW_UP_ANSWERED) : receipt;
    }

    private Optional<String> refusal(ChannelRef channel, String threadId, UserRef user, Instant at) {
        if (probes.isEmpty()) {
            return Optional.of(PrivateAnswers.NO_FOLLOW_UP);
        }
        if (probes.get().isReply(channel, PrivateAnswers.followUpReplyId(threadId, user))) {
            return Optional.of(PrivateAnswers.FOLLOW_UP_ANSWERED);
        }
        Optional<ProbeStore.Open> open = open(channel, threadId, user);
        if (open.isEmpty()) {
            return Optional.of(PrivateAnswers.NO_FOLLOW_UP);
        }
        boolean windowOpen = answers.find(open.get().answerId())
                .filter(a -> a.target().openAt(at))
                .isPresent();
        return windowOpen ? Optional.empty() : Optional.of(PrivateAnswers.FOLLOW_UP_CLOSED);
    }

    private Optional<ProbeStore.Open> open(ChannelRef channel, String threadId, UserRef user) {
        return probes.flatMap(p -> p.open(channel, threadId, user));
    }
}
