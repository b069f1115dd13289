package dev.mledrill.drill;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.FeedbackDm;
import dev.mledrill.chat.FollowUp;
import dev.mledrill.chat.PrivateAnswers;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.followup.Probe;
import dev.mledrill.followup.ProbeWriter;
import dev.mledrill.question.Question;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The interviewer's follow-up on daily answers (docs/FOLLOW-UPS.md). A first scoring of an answer in
 * a channel with {@code follow_up: on}, inside its window, may ask one probe ({@link #ask}). While it
 * is open, the author's next reply in the question's thread, inside the window, is its reply
 * ({@link #reply}): kept with the probe, not as an answer. When the feedback went by DM, the author's
 * next message in that DM is its reply too. In a channel with private answers a thread reply is not taken:
 * the reply is written in the follow-up form (see {@link PrivateAnswers#replyToFollowUp}), or in the DM.
 * Once replied, the probe is closed, so a further reply is an ordinary answer again, and an edit of the
 * reply is not scored.
 */
public final class FollowUps {
    private final ProbeStore probes;
    private final ProbeWriter writer;
    private final Set<ChannelRef> off;
    private final Set<ChannelRef> privateAnswers;

    /**
     * @param channels the configured channels; those with {@code follow_up: off} are never probed; in those whose
     *                 answers are private the probe's reply comes from the form, not from the thread
     */
    public FollowUps(ProbeStore probes, ProbeWriter writer, Collection<ChannelSettings> channels) {
        this.probes = Objects.requireNonNull(probes, "probes");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.off = channels.stream()
                .filter(c -> !c.followUp())
                .map(ChannelSettings::channel)
                .collect(Collectors.toSet());
        this.privateAnswers = channels.stream()
                .filter(ChannelSettings::privateAnswers)
                .map(ChannelSettings::channel)
                .collect(Collectors.toSet());
    }

    ProbeStore probes() {
        return probes;
    }

    /** Asks the probe for a first-scored answer when it has a criterion below half; stored before it is sent. */
    Optional<FollowUp> ask(ScoredAnswer scored, Instant now) {
        StoredAnswer answer = scored.answer();
        if (off.contains(answer.channel())
                || !(answer.target() instanceof AnswerTarget.Daily)
                || answer.late()
                || !answer.target().openAt(now)) {
            return Optional.empty();
        }
        Optional<Probe> probe = writer.write(
                scored.score(),
                scored.question().map(Question::followUps).orElse(Map.of()),
                AnswerText.forScoring(answer.body()));
        return probe.flatMap(p -> probes.ask(answer.id(), p, now).map(id -> new FollowUp.Asked(p.text())));
    }

    /**
     * The receipt of the reply to an open probe, or empty when the message is no probe reply (then it
     * is an ordinary answer). A redelivered reply is a duplicate.
     */
    Optional<Receipt> reply(ChatEvent.AnswerPosted event, AnswerStore answers) {
        if (event.direct().isPresent()) {
            return replyInDm(event, event.direct().get(), answers);
        }
        if (probes.isReply(event.channel(), event.messageId())) {
            return Optional.of(new Receipt.Duplicate("message " + event.messageId() + " is a stored follow-up reply"));
        }
        if (!replyFitsChannel(event)) {
            return Optional.empty();
        }
        Optional<ProbeStore.Open> open = probes.open(event.channel(), event.threadId(), event.user());
        if (open.isEmpty()
                || answers.find(open.get().answerId())
                        .filter(a -> a.target().openAt(event.at()))
                        .isEmpty()) {
            return Optional.empty();
        }
        // A redelivered answer (the probed one included) is not a reply: looked up after the probe,
        // so every answer stored before it was asked is seen, and the intake reports the duplicate.
        if (answers.findByMessage(event.channel(), event.messageId()).isPresent()) {
            return Optional.empty();
        }
        Optional<String> rejection = AnswerText.rejection(event.text());
        if (rejection.isPresent()) {
            return Optional.of(new Receipt.Rejected(rejection.get()));
        }
        return Optional.of(
                probes.reply(open.get().probeId(), event.messageId(), AnswerText.storable(event.text()), event.at()));
    }

    /**
     * Where answers are private, a thread reply would show the probe's reply to everyone before the close: only the
     * form's reply (or one recorded by hand) is taken; elsewhere the form's is not.
     */
    private boolean replyFitsChannel(ChatEvent.AnswerPosted event) {
        boolean fromForm = PrivateAnswers.isFollowUpReplyId(event.messageId());
        return privateAnswers.contains(event.channel())
                ? fromForm || DrillService.recordedByHand(event.channel(), event.messageId())
                : !fromForm;
    }

    /**
     * A DM message is the reply to the latest probe delivered in that DM when it is a plain message there
     * or answers the feedback's own message, inside the window. After a reply, another message inside the
     * window is told there is one already; the first message after the window is told it closed. Empty: an
     * ordinary DM message (a practice answer, or the DM's help line).
     */
    private Optional<Receipt> replyInDm(ChatEvent.AnswerPosted event, ChatEvent.Direct dm, AnswerStore answers) {
        if (probes.isDmReply(event.user(), event.messageId())) {
            return Optional.of(new Receipt.Duplicate("message " + event.messageId() + " is a stored follow-up reply"));
        }
        Optional<ProbeStore.InDm> probe = probes.inDm(event.user(), dm.channelId(), event.threadId())
                .filter(p -> dm.repliesTo() == null || dm.repliesTo().equals(p.feedbackMessageId()));
        Optional<StoredAnswer> answer =
                probe.flatMap(p -> answers.find(p.answerId())).filter(a -> !a.withdrawn());
        // A redelivered practice answer in the same DM stays the answer it was.
        if (answer.isEmpty()
                || answers.findByMessage(event.channel(), event.messageId()).isPresent()) {
            return Optional.empty();
        }
        ProbeStore.InDm p = probe.get();
        boolean open = answer.get().target().openAt(event.at());
        if (p.replied()) {
            return open ? Optional.of(new Receipt.Rejected(ALREADY_REPLIED)) : Optional.empty();
        }
        if (!open) {
            if (event.messageId().equals(p.lateMessageId())) {
                return Optional.of(
                        new Receipt.Duplicate("message " + event.messageId() + " was told the window closed"));
            }
            return probes.noteLateInDm(p.probeId(), event.messageId())
                    ? Optional.of(new Receipt.Rejected(WINDOW_CLOSED))
                    : Optional.empty();
        }
        Optional<String> rejection = AnswerText.rejection(event.text());
        if (rejection.isPresent()) {
            return Optional.of(new Receipt.Rejected(rejection.get()));
        }
        return Optional.of(probes.reply(p.probeId(), event.messageId(), AnswerText.storable(event.text()), event.at()));
    }

    static final String ALREADY_REPLIED =
            "Your follow-up reply is already in: one reply per follow-up, and it was" + " scored with your answer.";
    static final String WINDOW_CLOSED = "The answer window has closed: this reply to the follow-up was not recorded.";

    /** Records the reply now and scores it with its answer (the terminal's follow-up). */
    ScoredAnswer replyNow(ChatEvent.AnswerPosted event, AnswerStore answers, AnswerScoring scoring) {
        Optional<Receipt> receipt = reply(event, answers);
        if (receipt.isPresent() && receipt.get() instanceof Receipt.Rejected rejected) {
            throw new AnswerRejected(rejected.userMessage());
        }
        if (receipt.isEmpty() || !(receipt.get() instanceof Receipt.Stored stored)) {
            throw new AnswerRejected("No follow-up is waiting for your reply here (the window may have closed).");
        }
        return scoring.scoreWithReply(stored.answerId(), probes)
                .orElseThrow(() ->
                        new IllegalStateException("answer " + stored.answerId() + " was withdrawn before scoring"));
    }

    /** Whether the edited message is a probe reply: its edits are not scored (the reply counts as first sent). */
    boolean isReply(ChannelRef channel, UserRef author, String messageId) {
        return probes.isReply(channel, messageId) || author != null && probes.isDmReply(author, messageId);
    }

    /** Remembers where the answer's probe landed when its feedback went by DM, so a reply there is recognised. */
    void deliveredByDm(long answerId, FeedbackDm dm) {
        probes.deliveredByDm(answerId, dm);
    }
}
