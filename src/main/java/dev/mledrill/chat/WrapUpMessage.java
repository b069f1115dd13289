package dev.mledrill.chat;

import dev.mledrill.question.Question;
import java.util.List;
import java.util.Objects;

/**
 * The close of a question's window: how many answered, the top scores (names only where the
 * channel allows), the key points and model outline, and the team's most-missed criterion.
 * {@code threadId} is null when the wrap-up goes to the channel itself.
 */
public record WrapUpMessage(
        ChannelRef channel,
        String threadId,
        Question question,
        int answerCount,
        List<TopScore> topScores,
        String mostMissed) {

    public record TopScore(String name, double total) {
    }

    public WrapUpMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(question, "question");
        topScores = List.copyOf(topScores);
        mostMissed = mostMissed == null ? "" : mostMissed;
    }
}
