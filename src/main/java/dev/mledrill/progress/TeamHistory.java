package dev.mledrill.progress;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.rubric.Criterion;
import java.time.Instant;
import java.util.Map;

/** A channel's scored daily answers over a span, read from the stored current scores. */
public interface TeamHistory {

    /**
     * How many scored daily answers (not practice, not withdrawn) the channel had from
     * {@code from} until {@code to}, and how many of them missed each criterion: earned at most
     * a quarter of its points.
     */
    Missed missed(ChannelRef channel, Instant from, Instant to);

    record Missed(int scoredAnswers, Map<Criterion, Integer> byCriterion) {
        public Missed {
            byCriterion = Map.copyOf(byCriterion);
        }
    }
}
