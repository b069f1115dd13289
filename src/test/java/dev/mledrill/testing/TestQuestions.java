package dev.mledrill.testing;

import dev.mledrill.question.Difficulty;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Criterion;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A small question bank: {@code perCategory} questions in each of the given categories. */
public final class TestQuestions {
    private TestQuestions() {}

    public static List<Question> bank(int perCategory, String... categories) {
        List<Question> questions = new ArrayList<>();
        for (String category : categories) {
            for (int i = 1; i <= perCategory; i++) {
                questions.add(question(category + "-" + i, category));
            }
        }
        return questions;
    }

    public static Question question(String id, String category) {
        return new Question(
                id,
                category,
                Difficulty.MEDIUM,
                "How would you ship " + id + " on a phone?",
                Set.of(Criterion.BUDGET),
                List.of("battery figure", "latency target"),
                List.of("outcome", "numbers"),
                List.of());
    }
}
