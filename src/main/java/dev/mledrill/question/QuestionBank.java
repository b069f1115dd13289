package dev.mledrill.question;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The questions the drills draw from: immutable, ids unique, in the order they were loaded. */
public final class QuestionBank {

    /** The categories every bank knows; a bank may add more in {@code categories.yaml}. */
    public static final List<String> BUILT_IN_CATEGORIES = List.copyOf(CategoryCatalog.BUILT_IN.keySet());

    private final List<Question> questions;
    private final Map<String, Question> byId;
    private final Map<String, List<Question>> byCategory;

    private QuestionBank(List<Question> questions) {
        this.questions = List.copyOf(questions);
        Map<String, Question> ids = new LinkedHashMap<>();
        for (Question question : this.questions) {
            if (ids.putIfAbsent(question.id(), question) != null) {
                throw new IllegalArgumentException("duplicate question id '" + question.id() + "'");
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        Map<String, List<Question>> grouped = this.questions.stream()
                .sorted(Comparator.comparing((Question q) -> categoryRank(q.category()))
                        .thenComparing(Question::category))
                .collect(Collectors.groupingBy(Question::category, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<Question>> frozen = new LinkedHashMap<>();
        grouped.forEach((category, list) -> frozen.put(category, List.copyOf(list)));
        this.byCategory = Collections.unmodifiableMap(frozen);
    }

    /** A bank of exactly these questions (for tests and tools); ids must be unique. */
    public static QuestionBank of(List<Question> questions) {
        return new QuestionBank(new ArrayList<>(questions));
    }

    public List<Question> all() {
        return questions;
    }

    public Optional<Question> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The questions of one category in bank order; empty for a category with none. */
    public List<Question> byCategory(String category) {
        return byCategory.getOrDefault(category, List.of());
    }

    /** The categories that have at least one question: built-in ones in their usual order, then the rest by name. */
    public List<String> categories() {
        return List.copyOf(byCategory.keySet());
    }

    public int size() {
        return questions.size();
    }

    private static int categoryRank(String category) {
        int index = BUILT_IN_CATEGORIES.indexOf(category);
        return index < 0 ? BUILT_IN_CATEGORIES.size() : index;
    }
}
