package dev.mledrill.chat;

import dev.mledrill.question.Question;
import dev.mledrill.rubric.Score;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer's feedback, ready for an adapter to format: where the answer was, who wrote it,
 * how to deliver it, the score, the streak after it, and the interviewer's follow-up (a probe asked,
 * or the result of its reply, then {@code score} is of answer and reply together).
 */
public record FeedbackMessage(
        ChannelRef channel,
        String threadId,
        String answerMessageId,
        UserRef user,
        FeedbackMode mode,
        Question question,
        Score score,
        int currentStreak,
        int longestStreak,
        boolean late,
        boolean practice,
        boolean rescored,
        Optional<FollowUp> followUp) {

    /** Feedback with no follow-up. */
    public FeedbackMessage(
            ChannelRef channel,
            String threadId,
            String answerMessageId,
            UserRef user,
            FeedbackMode mode,
            Question question,
            Score score,
            int currentStreak,
            int longestStreak,
            boolean late,
            boolean practice,
            boolean rescored) {
        this(
                channel,
                threadId,
                answerMessageId,
                user,
                mode,
                question,
                score,
                currentStreak,
                longestStreak,
                late,
                practice,
                rescored,
                Optional.empty());
    }

    public FeedbackMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(answerMessageId, "answerMessageId");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(score, "score");
        followUp = followUp == null ? Optional.empty() : followUp;
    }

    /** The probe asked at the end of this feedback, if any. */
    public Optional<FollowUp.Asked> probe() {
        return followUp.filter(FollowUp.Asked.class::isInstance).map(FollowUp.Asked.class::cast);
    }

    /**
     * Whether the probe is answered in a form (the answer was written in one, {@code answers: private}): then the
     * feedback carries a *Reply to follow-up* button, since a thread reply would show the reply to everyone.
     */
    public boolean probeInForm() {
        return probe().isPresent() && PrivateAnswers.isPrivateMessageId(answerMessageId);
    }

    /**
     * The probe's closing paragraph: how to reply depends on where the answer was written (a form's in the form)
     * and where the feedback goes (a DM's in that DM, else in the question's thread).
     */
    public Optional<String> probeMarkdown() {
        return probeMarkdown(mode);
    }

    /** The same for feedback delivered another way than its mode says (a DM the person refuses goes to the thread). */
    public Optional<String> probeMarkdown(FeedbackMode deliveredAs) {
        return probe().map(p -> probeInForm() ? p.formMarkdown() : p.markdown(deliveredAs));
    }

    /** The result of a probe reply this feedback is about, if it is one. */
    public Optional<FollowUp.Answered> probeResult() {
        return followUp.filter(FollowUp.Answered.class::isInstance).map(FollowUp.Answered.class::cast);
    }

    /**
     * Whether the answer message gets the answered reaction with this feedback: not for the score with its
     * follow-up reply, whose answer already has it from its own feedback.
     */
    public boolean reactsOnAnswer() {
        return followUp().filter(FollowUp.Answered.class::isInstance).isEmpty()
                && !PrivateAnswers.isPrivateMessageId(answerMessageId);
    }
}
