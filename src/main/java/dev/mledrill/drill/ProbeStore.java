package dev.mledrill.drill;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.FeedbackDm;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.followup.Probe;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.rubric.Score;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Follow-up probes on daily answers, their replies, and the scores of answer and reply together. */
public interface ProbeStore {

    /**
     * Records the probe asked on an answer. Empty when the answer, or another answer of the same person
     * to the same daily question, was already probed: one probe per person and question.
     */
    Optional<Long> ask(long answerId, Probe probe, Instant at);

    /** The probe this person still owes a reply in this question thread (its answer not withdrawn). */
    Optional<Open> open(ChannelRef channel, String threadId, UserRef user);

    /** Whether the message is a stored probe reply (a redelivery of it, or an edit of it). */
    boolean isReply(ChannelRef channel, String messageId);

    /** Records where the answer's probe landed when its feedback went by DM. */
    void deliveredByDm(long answerId, FeedbackDm dm);

    /**
     * The person's latest probe whose feedback landed in this DM (matched by their platform id, whatever
     * team the DM reports), unless a practice question was sent into {@code threadId} after it was asked:
     * the DM's messages then answer the practice.
     */
    Optional<InDm> inDm(UserRef user, String dmChannelId, String threadId);

    /** Whether the message is this person's stored reply to a probe delivered by DM. */
    boolean isDmReply(UserRef user, String messageId);

    /** Marks the probe's DM as told its window had closed, by this message; false when it was told already. */
    boolean noteLateInDm(long probeId, String messageId);

    /** Keeps the reply unless the probe has one already: {@link Receipt.Stored} with the answer's id, or a duplicate. */
    Receipt reply(long probeId, String messageId, String text, Instant at);

    /** The answer's probe with its reply, when the reply is in. */
    Optional<Answered> answered(long answerId);

    /**
     * Saves the score of answer and reply together for one revision of the answer; it becomes the
     * answer's current score when that revision is still current and it beats the answer's own score.
     */
    Combined saveCombined(long probeId, long answerId, int revision, Score score, Instant at);

    /** Answers whose probe reply is in but whose current revision has no combined score yet. */
    List<Long> unscoredReplies();

    /** How many probes on answers to this daily question were answered. */
    int answeredFor(long postedQuestionId);

    /** A probe waiting for its reply, with its text (what the follow-up form shows). */
    record Open(long probeId, long answerId, String probeText) {
        public Open {
            Objects.requireNonNull(probeText, "probeText");
        }
    }

    /**
     * A probe delivered by DM: the feedback message holding it, its reply's message id (null while open)
     * and the message told its window had closed (null when none was).
     */
    record InDm(long probeId, long answerId, String feedbackMessageId, String replyMessageId, String lateMessageId) {
        public boolean replied() {
            return replyMessageId != null;
        }
    }

    /** A probe and the reply to it. */
    record Answered(long probeId, long answerId, Criterion criterion, String probeText, String replyText) {
        public Answered {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(probeText, "probeText");
            replyText = replyText == null ? "" : replyText;
        }
    }

    /**
     * What saving a combined score did: {@code saved} false when this revision already had one;
     * {@code own} the answer's own score of the revision; {@code counts} when the combined one is now current.
     */
    record Combined(boolean saved, double own, boolean counts) {}
}
