package dev.mledrill.schedule;

import dev.mledrill.question.Question;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chooses a channel's question for a day: the weekday's rotation category (any category when the
 * rotation names none, or names one the bank does not have), then the question of that category
 * posted least often in the channel, so nothing repeats until the category is exhausted. Ties are
 * broken by an order derived from the channel id, so channels differ but each is deterministic.
 */
public final class QuestionPicker {

    /**
     * @param channelKey a stable id of the channel (mixes the tie-break order)
     * @param rotation   category per weekday
     * @param history    ids of the questions already posted in the channel, any order
     */
    public Question pick(
            String channelKey,
            Map<DayOfWeek, String> rotation,
            DayOfWeek day,
            Collection<Question> bank,
            Collection<String> history) {
        if (bank.isEmpty()) {
            throw new IllegalStateException("the question bank is empty: nothing to post");
        }
        List<Question> pool = Optional.ofNullable(rotation.get(day))
                .map(category -> bank.stream()
                        .filter(q -> q.category().equalsIgnoreCase(category))
                        .toList())
                .filter(list -> !list.isEmpty())
                .orElseGet(() -> List.copyOf(bank));
        Map<String, Long> timesPosted =
                history.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Comparator<Question> leastPosted = Comparator.comparingLong(q -> timesPosted.getOrDefault(q.id(), 0L));
        return pool.stream()
                .min(leastPosted
                        .thenComparingInt((Question q) -> mix(channelKey + "/" + q.id()))
                        .thenComparing(Question::id))
                .orElseThrow();
    }

    /** A fixed integer mixer over String.hashCode (which Java specifies), so order is stable across runs. */
    private static int mix(String key) {
        int h = key.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
