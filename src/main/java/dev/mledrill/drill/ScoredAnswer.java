package dev.mledrill.drill;

import dev.mledrill.chat.FeedbackMessage;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.FollowUp;
import dev.mledrill.chat.PrivateNotice;
import dev.mledrill.drill.copies.CopyChecks;
import dev.mledrill.drill.copies.CopyNotices;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Score;
import dev.mledrill.streak.StreakSummary;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored answer with the score of its current revision, the author's streak after it, and what the
 * near-copy check of that revision found (empty when it was not checked: the answer moved on meanwhile), and
 * the follow-up its feedback carries (a probe asked, or, for a probe reply, the combined result).
 */
public record ScoredAnswer(
        StoredAnswer answer,
        Optional<Question> question,
        Score score,
        StreakSummary streak,
        Optional<CopyChecks.Checked> copyCheck,
        Optional<FollowUp> followUp) {

    public ScoredAnswer(
            StoredAnswer answer,
            Optional<Question> question,
            Score score,
            StreakSummary streak,
            Optional<CopyChecks.Checked> copyCheck) {
        this(answer, question, score, streak, copyCheck, Optional.empty());
    }

    public ScoredAnswer {
        Objects.requireNonNull(answer, "answer");
        question = question == null ? Optional.empty() : question;
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(streak, "streak");
        copyCheck = copyCheck == null ? Optional.empty() : copyCheck;
        followUp = followUp == null ? Optional.empty() : followUp;
    }

    /** This scored answer with the follow-up its feedback carries. */
    public ScoredAnswer with(Optional<FollowUp> followUp) {
        return new ScoredAnswer(answer, question, score, streak, copyCheck, followUp);
    }

    /** The probe asked on this answer, if one was. */
    public Optional<String> probe() {
        return followUp.filter(FollowUp.Asked.class::isInstance).map(f -> ((FollowUp.Asked) f).question());
    }

    /** Whether the answer counts for leaderboards and streaks as far as the near-copy check goes. */
    public boolean flaggedAsCopy() {
        return copyCheck.map(c -> c.after().flagged()).orElse(false);
    }

    /** What only the author is told about the near-copy check (why it does not count, or that it counts again). */
    public Optional<PrivateNotice> notice() {
        return copyCheck
                .flatMap(CopyNotices::after)
                .map(text -> new PrivateNotice(
                        answer.channel(),
                        answer.target().threadId(),
                        answer.messageId(),
                        answer.user(),
                        answer.practice(),
                        text));
    }

    /** The feedback for a chat adapter; {@code rescored} when it follows an edit. */
    public FeedbackMessage feedback(FeedbackMode mode, boolean rescored) {
        return new FeedbackMessage(
                answer.channel(),
                answer.target().threadId(),
                answer.messageId(),
                answer.user(),
                mode,
                question.orElse(null),
                score,
                streak.current(),
                streak.longest(),
                answer.late(),
                answer.practice(),
                rescored,
                followUp);
    }
}
