package dev.mledrill.leaderboard;

import dev.mledrill.chat.UserRef;
import java.time.Instant;
import java.util.List;

/**
 * Per-criterion averages of a user's scored answers (practice included; withdrawn answers and near
 * copies excluded), and how many near copies were flagged.
 */
public interface AnswerStats {
    /** @param recentFrom start of the recent span; {@code previousFrom} start of the span before it */
    List<CriterionTrend> criterionTrends(UserRef user, Instant previousFrom, Instant recentFrom);

    /** The user's answers flagged copied or recycled, withdrawn ones not included. */
    FlaggedAnswers flagged(UserRef user);
}
