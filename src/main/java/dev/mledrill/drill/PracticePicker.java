package dev.mledrill.drill;

import dev.mledrill.chat.UserRef;
import dev.mledrill.question.Question;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chooses a practice question for a user: from the asked category (or any), the one they have
 * answered least, ties broken by an order mixed from the user's id so two users get different ones.
 */
final class PracticePicker {

    Question pick(UserRef user, Optional<String> category, Collection<Question> bank, Collection<String> answered) {
        List<Question> pool = category.map(c -> bank.stream()
                        .filter(q -> q.category().equalsIgnoreCase(c.trim()))
                        .toList())
                .orElseGet(() -> List.copyOf(bank));
        if (pool.isEmpty()) {
            throw new IllegalArgumentException(
                    category.isPresent()
                            ? "unknown category '" + category.get() + "' (known: " + categories(bank) + ")"
                            : "the question bank is empty");
        }
        Map<String, Long> times =
                answered.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return pool.stream()
                .min(Comparator.comparingLong((Question q) -> times.getOrDefault(q.id(), 0L))
                        .thenComparingInt(
                                q -> Integer.rotateLeft((user.id() + "/" + q.id()).hashCode(), 7) * 0x9E3779B1)
                        .thenComparing(Question::id))
                .orElseThrow();
    }

    private static String categories(Collection<Question> bank) {
        return String.join(", ", bank.stream().map(Question::category).collect(Collectors.toCollection(TreeSet::new)));
    }
}
