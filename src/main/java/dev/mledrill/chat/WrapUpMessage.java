package dev.mledrill.chat;

import dev.mledrill.question.Question;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The close of a question's window: how many answered, the top scores (names only where the
 * channel allows), the key points and model outline, and the team's most-missed criterion.
 * {@code threadId} is null when the wrap-up goes to the channel itself. {@code notCounted} says how many
 * answers were near copies and did not count, and how many were off topic (never who), or is empty;
 * {@code followUps} how many follow-up probes were answered ("2 follow-up questions answered"), or is empty.
 * {@code reveal} is, in a channel whose answers are private, what the close reveals in the question's thread.
 */
public record WrapUpMessage(
        ChannelRef channel,
        String threadId,
        Question question,
        int answerCount,
        List<TopScore> topScores,
        String mostMissed,
        String notCounted,
        String followUps,
        Optional<Reveal> reveal) {

    /** Said once under the model answer: its figures show the shape of a strong answer, they are not benchmarks. */
    public static final String MODEL_ANSWER_NOTE = "The model answer is illustrative: its figures show the shape of"
            + " a strong answer, not measurements to quote.";

    public record TopScore(String name, double total) {}

    /**
     * The private answers revealed at the close, posted in the question's thread {@code threadId} (whatever the
     * wrap-up's own place), best first; {@code heading} says which they are ("The 3 best of 7 answers").
     */
    public record Reveal(String threadId, String heading, List<RevealedAnswer> answers) {
        public Reveal {
            Objects.requireNonNull(threadId, "threadId");
            Objects.requireNonNull(heading, "heading");
            answers = List.copyOf(answers);
        }
    }

    /**
     * One revealed answer: its author as the channel may name them, score, strongest criterion ("Measured impact,
     * 18 of 20"), and its text cut to {@code text} when longer ({@code fullLength} characters in all). When the
     * author keeps texts out of reveals ({@code textHidden}), {@code text} is empty and only the score line shows.
     */
    public record RevealedAnswer(
            String name, double total, String strongest, String text, int fullLength, boolean textHidden) {
        public RevealedAnswer {
            Objects.requireNonNull(name, "name");
            strongest = strongest == null ? "" : strongest;
            text = text == null ? "" : text;
        }

        /** Whether {@code text} is the start of a longer answer. */
        public boolean cut() {
            return !textHidden && text.codePointCount(0, text.length()) < fullLength;
        }
    }

    public WrapUpMessage {
        reveal = reveal == null ? Optional.empty() : reveal;
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(question, "question");
        topScores = List.copyOf(topScores);
        mostMissed = mostMissed == null ? "" : mostMissed;
        notCounted = notCounted == null ? "" : notCounted;
        followUps = followUps == null ? "" : followUps;
    }

    public WrapUpMessage(
            ChannelRef channel,
            String threadId,
            Question question,
            int answerCount,
            List<TopScore> topScores,
            String mostMissed,
            String notCounted) {
        this(channel, threadId, question, answerCount, topScores, mostMissed, notCounted, "", Optional.empty());
    }

    public WrapUpMessage(
            ChannelRef channel,
            String threadId,
            Question question,
            int answerCount,
            List<TopScore> topScores,
            String mostMissed) {
        this(channel, threadId, question, answerCount, topScores, mostMissed, "");
    }
}
