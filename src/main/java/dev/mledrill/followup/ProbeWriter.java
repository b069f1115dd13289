package dev.mledrill.followup;

import dev.mledrill.rubric.Criterion;
import dev.mledrill.rubric.CriterionScore;
import dev.mledrill.rubric.Score;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * Writes the follow-up for a scored answer: aimed at its weakest criterion (the one that lost the
 * most points, so the question's focus, which raises a criterion's points, weighs in) when that
 * criterion earned less than half its points; none otherwise. The template comes from the question's
 * own {@code follow_ups} for that criterion when it has some, else from the file. Among the templates
 * whose placeholders this answer fills, those that quote it are preferred; the choice among them is a
 * checksum of the answer's text, so the same answer always gets the same probe.
 */
public final class ProbeWriter {
    private final Supplier<FollowUpTemplates> templates;

    public ProbeWriter(Supplier<FollowUpTemplates> templates) {
        this.templates = templates;
    }

    public Optional<Probe> write(Score score, Map<Criterion, List<String>> questionTemplates, String answer) {
        return weakest(score).map(criterion -> new Probe(criterion, text(criterion, questionTemplates, answer)));
    }

    /** The criterion below half its points that lost the most points; ties go to the larger weight, then rubric order. */
    public static Optional<Criterion> weakest(Score score) {
        return score.criteria().stream()
                .filter(c -> c.max() > 0 && c.points() < c.max() / 2)
                .min(Comparator.comparingDouble((CriterionScore c) -> -(c.max() - c.points()))
                        .thenComparingDouble(c -> -c.max())
                        .thenComparing(CriterionScore::criterion))
                .map(CriterionScore::criterion);
    }

    private String text(Criterion criterion, Map<Criterion, List<String>> questionTemplates, String answer) {
        Map<String, String> facts = AnswerFacts.of(answer);
        List<String> own = questionTemplates.getOrDefault(criterion, List.of());
        List<String> fillable = fillable(own, facts);
        if (fillable.isEmpty()) {
            fillable = fillable(templates.get().forCriterion(criterion), facts);
        }
        List<String> quoting =
                fillable.stream().filter(t -> !Placeholders.in(t).isEmpty()).toList();
        List<String> choice = quoting.isEmpty() ? fillable : quoting;
        String template = choice.get(index(answer + "\u0000" + criterion.id(), choice.size()));
        return Placeholders.fill(template, facts);
    }

    private static List<String> fillable(List<String> templates, Map<String, String> facts) {
        return templates.stream()
                .filter(t -> facts.keySet().containsAll(Placeholders.in(t)))
                .toList();
    }

    private static int index(String key, int size) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % size);
    }
}
