package dev.mledrill.drill;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Chat;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.ChatEventSink;
import dev.mledrill.chat.Chats;
import dev.mledrill.chat.FeedbackDm;
import dev.mledrill.chat.FeedbackMessage;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.FollowUp;
import dev.mledrill.chat.LogIds;
import dev.mledrill.chat.PracticePost;
import dev.mledrill.chat.PrivateAnswers;
import dev.mledrill.chat.PrivateNotice;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Scorer;
import dev.mledrill.streak.Streaks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drill's use cases. Answers from chat are stored first ({@link #accept} returns once they
 * are durable); scoring and feedback then run on the executor. The terminal and the CLI use the
 * synchronous {@link #answer}. Logs name answers by id, never by their text.
 */
public final class DrillService implements ChatEventSink {
    private static final Logger LOG = LoggerFactory.getLogger(DrillService.class);
    /** Answers recorded at the terminal or with {@code answer} have no platform message: "slack-<uuid>". */
    private static final String HAND_RECORDED = "-";

    private final DrillStores stores;
    private final Supplier<? extends Collection<Question>> bank;
    private final AnswerIntake intake;
    private final AnswerScoring scoring;
    private final Chats chats;
    private final Map<ChannelRef, FeedbackMode> feedbackModes;
    private final Set<ChannelRef> privateChannels;
    private final PrivateAnswers privateAnswers;
    private final Executor executor;
    private final Clock clock;
    private final InFlight inFlight = new InFlight();
    private final Optional<FollowUps> followUps;

    static final String VISIBLE_REPLY = "This channel's answers are private until the close, but a reply in the thread"
            + " is visible to everyone. It counts as your answer; to answer privately next time, use the question's"
            + " **Answer** button (and delete this reply to withdraw it).";

    /** A drill service that asks no follow-up probes. */
    public DrillService(
            DrillStores stores,
            Supplier<? extends Collection<Question>> bank,
            Scorer scorer,
            Streaks streaks,
            Chats chats,
            List<ChannelSettings> channels,
            Executor executor,
            Clock clock) {
        this(stores, bank, scorer, streaks, chats, channels, executor, clock, null);
    }

    /** @param followUps the interviewer's follow-up probes; null for none */
    public DrillService(
            DrillStores stores,
            Supplier<? extends Collection<Question>> bank,
            Scorer scorer,
            Streaks streaks,
            Chats chats,
            List<ChannelSettings> channels,
            Executor executor,
            Clock clock,
            FollowUps followUps) {
        this.followUps = Optional.ofNullable(followUps);
        this.stores = stores;
        this.bank = bank;
        this.intake = new AnswerIntake(stores);
        this.scoring = new AnswerScoring(stores, questionById(bank), scorer, streaks, clock);
        this.chats = chats;
        this.feedbackModes =
                channels.stream().collect(Collectors.toMap(ChannelSettings::channel, ChannelSettings::feedback));
        this.privateChannels = channels.stream()
                .filter(ChannelSettings::privateAnswers)
                .map(ChannelSettings::channel)
                .collect(Collectors.toUnmodifiableSet());
        this.privateAnswers = new PrivateAnswerDesk(
                stores,
                this,
                questionById(bank),
                privateChannels::contains,
                new FollowUpForm(stores.answers(), this.followUps.map(FollowUps::probes), this::acceptFollowUpReply));
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Stores the answer event and queues its scoring. While the service is draining it refuses
     * answer events with {@link IllegalStateException}: the adapter then does not acknowledge them,
     * so Slack redelivers them, and the next start's backfill reads them from the thread.
     */
    @Override
    public Receipt accept(ChatEvent event) {
        if (event instanceof ChatEvent.CommandInvoked) {
            return new Receipt.Ignored("commands are answered by the command handler");
        }
        if (!inFlight.enter()) {
            throw new IllegalStateException("the drill service is shutting down; event " + event.eventId()
                    + " is not stored (Slack redelivers it; the next start backfills it from the thread)");
        }
        try {
            return acceptAnswerEvent(event);
        } finally {
            inFlight.exit();
        }
    }

    private Receipt acceptAnswerEvent(ChatEvent event) {
        if (event instanceof ChatEvent.AnswerPosted posted) {
            Optional<Receipt> reply = probeReply(posted);
            if (reply.isPresent()) {
                return reply.get();
            }
            Receipt receipt = intake.posted(posted);
            if (receipt instanceof Receipt.Stored stored) {
                scoreLater(stored.answerId(), false);
                if (visibleInPrivateChannel(posted)) {
                    later(
                            () -> tellPrivately(new PrivateNotice(
                                    posted.channel(),
                                    posted.threadId(),
                                    posted.messageId(),
                                    posted.user(),
                                    false,
                                    VISIBLE_REPLY)),
                            stored.answerId());
                }
            }
            return receipt;
        }
        if (event instanceof ChatEvent.AnswerEdited edited) {
            if (followUps.isPresent() && followUps.get().isReply(edited.channel(), edited.user(), edited.messageId())) {
                return new Receipt.Ignored("message " + edited.messageId()
                        + " is a follow-up reply: it counts as first sent, its edits are not scored");
            }
            AnswerIntake.Edit edit = intake.edited(edited);
            if (edit.receipt() instanceof Receipt.Stored stored && edit.rescore() != AnswerIntake.Rescore.NO) {
                scoreLater(stored.answerId(), edit.rescore() == AnswerIntake.Rescore.AS_EDIT);
            }
            return edit.receipt();
        }
        Receipt receipt = intake.deleted((ChatEvent.AnswerDeleted) event);
        if (receipt instanceof Receipt.Withdrawn withdrawn) {
            later(
                    () -> scoring.afterWithdrawal(withdrawn.answerId()).forEach(this::tellPrivately),
                    withdrawn.answerId());
        }
        return receipt;
    }

    /** The receipt of a probe's reply, its combined scoring queued; empty when the message is no probe reply. */
    private Optional<Receipt> probeReply(ChatEvent.AnswerPosted posted) {
        Optional<Receipt> reply = followUps.flatMap(f -> f.reply(posted, stores.answers()));
        if (reply.isPresent() && reply.get() instanceof Receipt.Stored stored) {
            later(() -> scoreReplyAndSend(stored.answerId()), stored.answerId());
        }
        return reply;
    }

    /** A follow-up reply written in the private form: stored as the probe's reply, never as an answer. */
    private Receipt acceptFollowUpReply(ChatEvent.AnswerPosted reply) {
        if (!inFlight.enter()) {
            throw new IllegalStateException(
                    "the drill service is shutting down; follow-up reply " + reply.eventId() + " is not stored");
        }
        try {
            return probeReply(reply).orElseGet(() -> new Receipt.Rejected(PrivateAnswers.NO_FOLLOW_UP));
        } finally {
            inFlight.exit();
        }
    }

    /** A thread reply in a channel whose answers are private: everyone can read it, and its author is told so. */
    private boolean visibleInPrivateChannel(ChatEvent.AnswerPosted posted) {
        return privateChannels.contains(posted.channel()) && !PrivateAnswers.isPrivateMessageId(posted.messageId());
    }

    /** Answers written in the private form of channels with {@code answers: private}; stored through {@link #accept}. */
    public PrivateAnswers privateAnswers() {
        return privateAnswers;
    }

    /**
     * Records and scores a reply in a question's thread now, for the terminal and the CLI.
     *
     * @throws AnswerRejected if the thread is no question's or the text cannot be an answer
     */
    public ScoredAnswer answer(
            UserRef user, String displayName, ChannelRef channel, String threadId, String text, Instant at) {
        String messageId = channel.platform().id() + HAND_RECORDED + UUID.randomUUID();
        Receipt receipt = intake.posted(
                new ChatEvent.AnswerPosted(messageId, channel, threadId, messageId, user, displayName, text, at));
        if (receipt instanceof Receipt.Rejected rejected) {
            throw new AnswerRejected(rejected.userMessage());
        }
        if (!(receipt instanceof Receipt.Stored stored)) {
            throw new AnswerRejected("This is not a question's thread: nothing was recorded.");
        }
        ScoredAnswer scored = scoring.score(stored.answerId())
                .orElseThrow(() ->
                        new IllegalStateException("answer " + stored.answerId() + " was withdrawn before scoring"));
        return scored.with(askFollowUp(scored));
    }

    /**
     * Records and scores, now, the reply to the probe the user owes in a question's thread (the
     * terminal's follow-up): the answer scored with the reply added, and whether that score counts.
     *
     * @throws AnswerRejected if no probe is open there or the text cannot be a reply
     */
    public ScoredAnswer replyToProbe(UserRef user, ChannelRef channel, String threadId, String text, Instant at) {
        String messageId = channel.platform().id() + "-" + UUID.randomUUID();
        ChatEvent.AnswerPosted reply =
                new ChatEvent.AnswerPosted(messageId, channel, threadId, messageId, user, null, text, at);
        return followUps
                .orElseThrow(() -> new AnswerRejected("Follow-up questions are off."))
                .replyNow(reply, stores.answers(), scoring);
    }

    /** The question posted in the channel at or before {@code at}: where an answer given then belongs. */
    public Optional<AnswerTarget.Daily> questionPostedBefore(ChannelRef channel, Instant at) {
        return stores.threads().postedBefore(channel, at);
    }

    /** Sends the user a private practice question from {@code category} (any when empty). */
    public Question startPractice(UserRef user, ChannelRef requestedIn, Optional<String> category) {
        Question question = pickPractice(user, category);
        practice(user, requestedIn, question);
        return question;
    }

    /**
     * The practice question for the user: from {@code category} (any when empty), the one they answered least.
     *
     * @throws IllegalArgumentException naming the known categories when {@code category} has no question
     */
    public Question pickPractice(UserRef user, Optional<String> category) {
        return new PracticePicker()
                .pick(user, category, bank.get(), stores.answers().questionsAnsweredBy(user));
    }

    /** The question bank as loaded now. */
    public Collection<Question> questions() {
        return bank.get();
    }

    /** Ids of the questions the user has answered (with repeats), daily and practice, in any channel. */
    public List<String> questionsAnsweredBy(UserRef user) {
        return stores.answers().questionsAnsweredBy(user);
    }

    /** Sends this practice question to the user through the channel's platform and records its thread. */
    public AnswerTarget.Practice practice(UserRef user, ChannelRef requestedIn, Question question) {
        Chat chat = chats.get(user.platform());
        var posted = chat.postPractice(new PracticePost(user, requestedIn, question));
        return stores.threads().recordPractice(user, Optional.of(requestedIn), posted, question.id(), clock.instant());
    }

    /** Queues every stored answer that has no score yet (after a crash or a scorer failure). */
    public int rescoreUnscored() {
        List<Long> ids = stores.answers().unscored();
        ids.forEach(id -> scoreLater(id, false));
        if (!ids.isEmpty()) {
            LOG.info("queued {} stored answers that had no score", ids.size());
        }
        List<Long> replies = followUps.map(f -> f.probes().unscoredReplies()).orElse(List.of());
        replies.forEach(id -> later(() -> scoreReplyAndSend(id), id));
        if (!replies.isEmpty()) {
            LOG.info("queued {} follow-up replies that had no combined score", replies.size());
        }
        return ids.size() + replies.size();
    }

    /**
     * Lets no new answer in and waits up to {@code bound} for answers being stored and for queued
     * scoring and feedback to finish. Returns false if work was still running at the bound; what
     * it left unscored is scored at the next start ({@link #rescoreUnscored()}).
     */
    public boolean drain(Duration bound) {
        try {
            boolean drained = inFlight.closeAndAwait(bound);
            if (drained) {
                LOG.info("drill service drained: every accepted answer is scored");
            } else {
                LOG.warn(
                        "drill service still had {} scoring tasks after {} s; they are scored at the next start",
                        inFlight.active(),
                        bound.toSeconds());
            }
            return drained;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void scoreLater(long answerId, boolean rescored) {
        later(() -> scoreAndSend(answerId, rescored), answerId);
    }

    private void later(Runnable work, long answerId) {
        inFlight.enterFollowUp();
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } finally {
                    inFlight.exit();
                }
            });
        } catch (RejectedExecutionException e) {
            inFlight.exit();
            LOG.warn(
                    "answer {} stays unscored or unchecked until the next start or rescore: the scoring executor is shut down",
                    answerId);
        }
    }

    private void scoreAndSend(long answerId, boolean rescored) {
        try {
            // Only the pass that saved the score sends feedback: a rescore racing a live scoring sends nothing twice.
            Optional<ScoredAnswer> scored = scoring.score(answerId);
            if (scored.isEmpty()) {
                return;
            }
            if (rescored) {
                send(scored.get(), true);
                // The edited answer with the probe reply it already has: the better of the two still counts.
                followUps.ifPresent(f -> scoring.scoreWithReply(answerId, f.probes()));
            } else {
                send(scored.get().with(askFollowUp(scored.get())), false);
            }
        } catch (RuntimeException e) {
            LOG.warn(
                    "scoring answer {} failed ({}); it stays stored and is retried at the next start",
                    answerId,
                    e.getClass().getSimpleName());
            LOG.debug("scoring failure of answer {}", answerId, e);
        }
    }

    private Optional<FollowUp> askFollowUp(ScoredAnswer scored) {
        return followUps.flatMap(f -> f.ask(scored, clock.instant()));
    }

    private void scoreReplyAndSend(long answerId) {
        try {
            followUps
                    .flatMap(f -> scoring.scoreWithReply(answerId, f.probes()))
                    .ifPresent(scored -> send(scored, false));
        } catch (RuntimeException e) {
            LOG.warn(
                    "scoring the follow-up reply of answer {} failed ({}); it stays stored and is retried at the next start",
                    answerId,
                    e.getClass().getSimpleName());
            LOG.debug("follow-up scoring failure of answer {}", answerId, e);
        }
    }

    private void send(ScoredAnswer scored, boolean rescored) {
        StoredAnswer answer = scored.answer();
        Optional<Chat> chat = chats.find(answer.channel().platform());
        if (chat.isEmpty()) {
            LOG.info(
                    "answer {} scored; no {} adapter is running to deliver its feedback",
                    answer.id(),
                    answer.channel().platform().id());
            return;
        }
        FeedbackMode mode = answer.practice()
                ? FeedbackMode.THREAD
                : feedbackModes.getOrDefault(answer.channel(), FeedbackMode.EPHEMERAL);
        if (mode == FeedbackMode.THREAD && PrivateAnswers.isPrivateMessageId(answer.messageId())) {
            // Feedback in the thread would show a private answer's score to everyone before the reveal.
            mode = FeedbackMode.EPHEMERAL;
        }
        try {
            FeedbackMessage feedback = scored.feedback(mode, rescored);
            Optional<FeedbackDm> dm = chat.get().sendFeedback(feedback);
            if (feedback.probe().isPresent() && dm.isPresent()) {
                followUps.ifPresent(f -> f.deliveredByDm(answer.id(), dm.get()));
            }
        } catch (RuntimeException e) {
            LOG.warn(
                    "feedback for answer {} could not be delivered ({}); the score is stored",
                    answer.id(),
                    e.getClass().getSimpleName());
        }
        scored.notice().ifPresent(this::tellPrivately);
    }

    private void tellPrivately(PrivateNotice notice) {
        Optional<Chat> chat = chats.find(notice.channel().platform());
        if (chat.isEmpty()) {
            return;
        }
        try {
            chat.get().sendPrivateNotice(notice);
        } catch (RuntimeException e) {
            LOG.warn(
                    "a private notice on answer message {} could not be delivered ({})",
                    LogIds.safe(notice.answerMessageId()),
                    e.getClass().getSimpleName());
        }
    }

    /** Whether this answer was recorded by hand ({@link #answer}), so no platform thread ever holds its message. */
    static boolean recordedByHand(ChannelRef channel, String messageId) {
        return messageId.startsWith(channel.platform().id() + HAND_RECORDED);
    }

    private static Function<String, Optional<Question>> questionById(Supplier<? extends Collection<Question>> bank) {
        return id -> bank.get().stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
