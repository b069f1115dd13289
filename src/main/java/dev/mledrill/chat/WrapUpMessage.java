package dev.mledrill.chat;

import dev.mledrill.question.Question;
import java.util.List;
import java.util.Objects;

/**
 * The close of a question's window: how many answered, the top scores (names only where the
 * channel allows), the key points and model outline, and the team's most-missed criterion.
 * {@code threadId} is null when the wrap-up goes to the channel itself. {@code notCounted} says how many
 * answers were near copies and did not count, and how many were off topic (never who), or is empty;
 * {@code followUps} how many follow-up probes were answered ("2 follow-up questions answered"), or is empty.
 */
public record WrapUpMessage(
        ChannelRef channel,
        String threadId,
        Question question,
        int answerCount,
        List<TopScore> topScores,
        String mostMissed,
        String notCounted,
        String followUps) {

    /** Said once under the model answer: its figures show the shape of a strong answer, they are not benchmarks. */
    public static final String MODEL_ANSWER_NOTE = "The model answer is illustrative: its figures show the shape of"
            + " a strong answer, not measurements to quote.";

    public record TopScore(String name, double total) {
    }

    public WrapUpMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(question, "question");
        topScores = List.copyOf(topScores);
        mostMissed = mostMissed == null ? "" : mostMissed;
        notCounted = notCounted == null ? "" : notCounted;
        followUps = followUps == null ? "" : followUps;
    }

    public WrapUpMessage(ChannelRef channel, String threadId, Question question, int answerCount, List<TopScore> topScores,
                         String mostMissed, String notCounted) {
        this(channel, threadId, question, answerCount, topScores, mostMissed, notCounted, "");
    }

    public WrapUpMessage(ChannelRef channel, String threadId, Question question, int answerCount, List<TopScore> topScores,
                         String mostMissed) {
        this(channel, threadId, question, answerCount, topScores, mostMissed, "");
    }
}
