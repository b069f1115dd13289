package dev.mledrill.followup;

import dev.mledrill.rubric.Criterion;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Follow-up templates per rubric criterion, from {@code config/follow-ups.yaml}. Every criterion has
 * several, and at least one without a placeholder, so a probe can always be written.
 */
public record FollowUpTemplates(Map<Criterion, List<String>> byCriterion) {
    public FollowUpTemplates {
        Map<Criterion, List<String>> copy = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            List<String> templates = byCriterion.get(c);
            if (templates == null
                    || templates.stream().noneMatch(t -> Placeholders.in(t).isEmpty())) {
                throw new IllegalArgumentException(c.id() + ": needs at least one template without a placeholder");
            }
            copy.put(c, List.copyOf(templates));
        }
        byCriterion = Map.copyOf(copy);
    }

    public List<String> forCriterion(Criterion criterion) {
        return byCriterion.get(criterion);
    }
}
