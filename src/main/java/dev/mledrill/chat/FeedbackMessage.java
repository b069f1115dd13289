package dev.mledrill.chat;

import dev.mledrill.question.Question;
import dev.mledrill.rubric.Score;
import java.util.Objects;

/**
 * One answer's feedback, ready for an adapter to format: where the answer was, who wrote it,
 * how to deliver it, the score, and the streak after it.
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
        boolean rescored) {

    public FeedbackMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(answerMessageId, "answerMessageId");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(score, "score");
    }
}
