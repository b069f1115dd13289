package dev.mledrill.privacy;

import dev.mledrill.chat.UserRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything stored about one account (a user in one workspace): the answers with their texts
 * and edit history, every score per criterion, practice sessions and streak data. A text removed
 * by the retention setting is null, with the time it was removed.
 */
public record UserData(
        UserRef account,
        String displayName,
        boolean leaderboardOptOut,
        Instant firstSeen,
        List<Answer> answers,
        List<PracticeSession> practiceSessions,
        List<StreakFreeze> streakFreezes,
        List<Streak> streaks) {
    public UserData {
        Objects.requireNonNull(account, "account");
        answers = List.copyOf(answers);
        practiceSessions = List.copyOf(practiceSessions);
        streakFreezes = List.copyOf(streakFreezes);
        streaks = List.copyOf(streaks);
    }

    public UserData withStreaks(List<Streak> computed) {
        return new UserData(
                account, displayName, leaderboardOptOut, firstSeen, answers, practiceSessions, streakFreezes, computed);
    }

    /**
     * One answer. {@code copyFlag} is {@code copied} or {@code recycled} when it was flagged as a near copy (it then
     * counts for no leaderboard or streak), with the id of the answer it nearly copies ({@code copyOf}, null once that
     * one is forgotten) and the estimated share of wording in common ({@code copySimilarity}). {@code followUp} is the
     * interviewer's probe asked on it, with the reply when one was given (null when none was asked).
     */
    public record Answer(
            long id,
            String questionId,
            String channel,
            String messageId,
            boolean practice,
            boolean late,
            String text,
            Instant textDeletedAt,
            int revision,
            Instant receivedAt,
            Instant editedAt,
            Instant withdrawnAt,
            List<Edit> edits,
            List<Score> scores,
            String copyFlag,
            Long copyOf,
            Double copySimilarity,
            FollowUp followUp) {
        public Answer {
            edits = List.copyOf(edits);
            scores = List.copyOf(scores);
        }
    }

    /** One edit: the text before and after; {@code counted} is false for edits after the answer window. */
    public record Edit(int revision, String previousText, String text, Instant editedAt, boolean counted) {}

    /**
     * The follow-up probe asked on an answer and the reply to it (text null when not replied, or removed by retention);
     * the score of answer and reply together is among the answer's scores with {@code with_follow_up_reply}.
     */
    public record FollowUp(
            String criterion,
            String probe,
            Instant askedAt,
            String replyMessageId,
            String replyText,
            Instant repliedAt) {}

    /** One score; {@code withFollowUpReply} when it scored the answer with its follow-up reply added. */
    public record Score(
            int revision,
            String rubricVersion,
            double total,
            String band,
            boolean current,
            Instant scoredAt,
            List<CriterionPoints> criteria,
            boolean withFollowUpReply) {
        public Score {
            criteria = List.copyOf(criteria);
        }
    }

    public record CriterionPoints(String criterion, double points, double maxPoints) {}

    public record PracticeSession(String questionId, String threadId, Instant startedAt) {}

    /** A freeze spent on a missed drill day; {@code scopeId} is the channel or workspace id on the platform. */
    public record StreakFreeze(String scope, String scopeId, LocalDate drillDate, Instant usedAt) {}

    /** The streak in one channel as computed now from the stored answers. */
    public record Streak(String channel, int current, int longest, int freezesUsed, int freezesLeft) {}
}
