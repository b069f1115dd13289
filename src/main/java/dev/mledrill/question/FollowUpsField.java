package dev.mledrill.question;

import dev.mledrill.followup.FollowUpLoader;
import dev.mledrill.rubric.Criterion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A question's optional {@code follow_ups}: criterion id to a list of follow-up templates (the
 * placeholders of {@code config/follow-ups.yaml}), used instead of the file's for that criterion.
 */
final class FollowUpsField {
    private static final int MAX_TEMPLATES = 6;

    private FollowUpsField() {}

    static Map<Criterion, List<String>> read(MappingFields fields) {
        Map<Criterion, List<String>> followUps = new EnumMap<>(Criterion.class);
        Optional<YamlNode> value = fields.value("follow_ups");
        if (value.isEmpty()) {
            return followUps;
        }
        if (!(value.get() instanceof YamlNode.Mapping mapping)) {
            fields.error(
                    value.get().line(),
                    fields.subject() + ": follow_ups must be a mapping of criterion ids to lists"
                            + " of templates, found " + value.get().kind());
            return followUps;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            Optional<Criterion> criterion = Criterion.fromId(entry.key());
            if (criterion.isEmpty()) {
                fields.error(
                        entry.line(), fields.subject() + ": follow_ups has unknown criterion '" + entry.key() + "'");
                continue;
            }
            templates(fields, entry).ifPresent(list -> followUps.put(criterion.get(), list));
        }
        return followUps;
    }

    private static Optional<List<String>> templates(MappingFields fields, YamlNode.Entry entry) {
        String what = "follow_ups." + entry.key();
        if (!(entry.value() instanceof YamlNode.Sequence sequence)
                || sequence.items().isEmpty()
                || sequence.items().size() > MAX_TEMPLATES) {
            fields.error(
                    entry.line(),
                    fields.subject() + ": " + what + " must be a list of 1 to " + MAX_TEMPLATES + " templates");
            return Optional.empty();
        }
        List<String> list = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            Optional<String> text = fields.string(item, what + " item", 10, FollowUpLoader.MAX_TEMPLATE);
            Optional<String> problem = text.flatMap(FollowUpLoader::problem);
            problem.ifPresent(p -> fields.error(item.line(), fields.subject() + ": " + what + " item " + p));
            if (text.isEmpty() || problem.isPresent()) {
                return Optional.empty();
            }
            list.add(text.get());
        }
        return Optional.of(list);
    }
}
