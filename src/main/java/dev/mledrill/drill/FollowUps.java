package dev.mledrill.drill;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.FollowUp;
import dev.mledrill.chat.PrivateAnswers;
import dev.mledrill.chat.Receipt;
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
 * ({@link #reply}): kept with the probe, not as an answer. In a channel with private answers the reply is
 * written in the follow-up form instead (see {@link PrivateAnswers#replyToFollowUp}). Once replied, the probe is closed, so a
 * further reply is an ordinary answer again, and an edit of the reply is not scored.
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
        this.off = channels.stream().filter(c -> !c.followUp()).map(ChannelSettings::channel).collect(Collectors.toSet());
        this.privateAnswers = channels.stream().filter(ChannelSettings::privateAnswers).map(ChannelSettings::channel)
                .collect(Collectors.toSet());
    }

    ProbeStore probes() {
        return probes;
    }

    /** Asks the probe for a first-scored answer when it has a criterion below half; stored before it is sent. */
    Optional<FollowUp> ask(ScoredAnswer scored, Instant now) {
        StoredAnswer answer = scored.answer();
        if (off.contains(answer.channel()) || !(answer.target() instanceof AnswerTarget.Daily) || answer.late()
                || !answer.target().openAt(now)) {
            return Optional.empty();
        }
        Optional<Probe> probe = writer.write(scored.score(), scored.question().map(Question::followUps).orElse(Map.of()),
                AnswerText.forScoring(answer.body()));
        return probe.flatMap(p -> probes.ask(answer.id(), p, now).map(id -> new FollowUp.Asked(p.text())));
    }

    /**
     * The receipt of the reply to an open probe, or empty when the message is no probe reply (then it
     * is an ordinary answer). A redelivered reply is a duplicate.
     */
    Optional<Receipt> reply(ChatEvent.AnswerPosted event, AnswerStore answers) {
        if (probes.isReply(event.channel(), event.messageId())) {
            return Optional.of(new Receipt.Duplicate("message " + event.messageId() + " is a stored follow-up reply"));
        }
        if (!replyFitsChannel(event)) {
            return Optional.empty();
        }
        Optional<ProbeStore.Open> open = probes.open(event.channel(), event.threadId(), event.user());
        if (open.isEmpty() || answers.find(open.get().answerId()).filter(a -> a.target().openAt(event.at())).isEmpty()) {
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
        return Optional.of(probes.reply(open.get().probeId(), event.messageId(), AnswerText.storable(event.text()),
                event.at()));
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
                .orElseThrow(() -> new IllegalStateException("answer " + stored.answerId() + " was withdrawn before scoring"));
    }

    /** Whether the edited message is a probe reply: its edits are not scored (the reply counts as first sent). */
    boolean isReply(ChannelRef channel, String messageId) {
        return probes.isReply(channel, messageId);
    }
}
