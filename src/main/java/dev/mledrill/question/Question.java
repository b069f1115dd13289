package dev.mledrill.question;

import dev.mledrill.rubric.AskedQuestion;
import dev.mledrill.rubric.Criterion;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One interview question of the bank. {@code focus} names the rubric criteria it stresses,
 * {@code keyPoints} what a strong answer covers, {@code modelAnswer} the outline of one, {@code followUps}
 * the question's own follow-up templates per criterion (none: those of {@code config/follow-ups.yaml}).
 */
public record Question(
        String id,
        String category,
        Difficulty difficulty,
        String prompt,
        Set<Criterion> focus,
        List<String> keyPoints,
        List<String> modelAnswer,
        List<String> tags,
        Map<Criterion, List<String>> followUps)
        implements AskedQuestion {

    /** A question without its own follow-up templates. */
    public Question(
            String id,
            String category,
            Difficulty difficulty,
            String prompt,
            Set<Criterion> focus,
            List<String> keyPoints,
            List<String> modelAnswer,
            List<String> tags) {
        this(id, category, difficulty, prompt, focus, keyPoints, modelAnswer, tags, Map.of());
    }

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(prompt, "prompt");
        EnumSet<Criterion> ordered = EnumSet.noneOf(Criterion.class);
        ordered.addAll(focus);
        focus = Collections.unmodifiableSet(ordered);
        keyPoints = List.copyOf(keyPoints);
        modelAnswer = List.copyOf(modelAnswer);
        tags = List.copyOf(tags);
        Map<Criterion, List<String>> own = new EnumMap<>(Criterion.class);
        (followUps == null ? Map.<Criterion, List<String>>of() : followUps)
                .forEach((c, t) -> own.put(c, List.copyOf(t)));
        followUps = Collections.unmodifiableMap(own);
    }

    /** The model answer's outline read as one spoken answer, the way an answer is scored. */
    public String modelAnswerText() {
        return String.join(" ", modelAnswer);
    }
}
