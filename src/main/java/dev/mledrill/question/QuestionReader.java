package dev.mledrill.question;

import dev.mledrill.rubric.Criterion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns one question mapping of a bank file into a {@link Question}, reporting every problem it has. */
final class QuestionReader {

    static final Set<String> KEYS = new LinkedHashSet<>(List.of(
            "id", "category", "difficulty", "prompt", "focus", "key_points", "model_answer", "tags", "follow_ups"));
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");
    static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9+.-]{0,39}");

    /** A question read from a file, with where its id is written (for duplicate-id errors). */
    record Located(Question question, Path file, int line) {}

    private final Path file;
    private final LoadErrors errors;
    private final CategoryCatalog categories;

    QuestionReader(Path file, LoadErrors errors, CategoryCatalog categories) {
        this.file = file;
        this.errors = errors;
        this.categories = categories;
    }

    Optional<Located> read(YamlNode node, int position) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            errors.add(
                    file,
                    node.line(),
                    "question #" + position + " must be a mapping of keys (" + String.join(", ", KEYS) + "), found "
                            + node.kind());
            return Optional.empty();
        }
        MappingFields fields = new MappingFields(file, mapping, errors, "question #" + position);
        int before = errors.size();
        Optional<String> id = fields.text("id", 1, 200).filter(value -> validId(fields, value));
        id.ifPresent(value -> fields.subject("question '" + value + "'"));
        fields.rejectUnknownAndRepeatedKeys(KEYS);
        Optional<String> category = fields.text("category", 1, 100).filter(value -> knownCategory(fields, value));
        Optional<Difficulty> difficulty = fields.text("difficulty", 1, 100).flatMap(value -> difficulty(fields, value));
        Optional<String> prompt = fields.text("prompt", 20, 600);
        Optional<Set<Criterion>> focus = fields.list("focus", true, 1, 3, 1, 50).flatMap(ids -> focus(fields, ids));
        Optional<List<String>> keyPoints = fields.list("key_points", true, 2, 8, 5, 200);
        Optional<List<String>> modelAnswer = fields.list("model_answer", true, 2, 10, 5, 400);
        Optional<List<String>> tags =
                fields.list("tags", false, 0, 12, 1, 40).filter(values -> validTags(fields, values));
        Map<Criterion, List<String>> followUps = FollowUpsField.read(fields);
        if (errors.size() != before) {
            return Optional.empty();
        }
        Question question = new Question(
                id.orElseThrow(),
                category.orElseThrow(),
                difficulty.orElseThrow(),
                prompt.orElseThrow(),
                focus.orElseThrow(),
                keyPoints.orElseThrow(),
                modelAnswer.orElseThrow(),
                tags.orElseThrow(),
                followUps);
        return Optional.of(new Located(question, file, fields.line()));
    }

    private static boolean validId(MappingFields fields, String id) {
        if (ID.matcher(id).matches()) {
            return true;
        }
        fields.error(
                fields.lineOf("id"),
                fields.subject() + " has id '" + id + "' that is not kebab-case: use 3 to 64 of"
                        + " a-z, 0-9 and '-', starting with a letter or digit");
        return false;
    }

    private boolean knownCategory(MappingFields fields, String category) {
        if (categories.contains(category)) {
            return true;
        }
        fields.error(
                fields.lineOf("category"),
                fields.subject() + " has unknown category '" + category + "'"
                        + NearestName.hint(category, categories.ids()) + "; known: "
                        + String.join(", ", categories.ids())
                        + " (add new ones to " + CategoryCatalog.FILE_NAME + ")");
        return false;
    }

    private static Optional<Difficulty> difficulty(MappingFields fields, String value) {
        Optional<Difficulty> difficulty = Difficulty.fromId(value);
        if (difficulty.isEmpty()) {
            fields.error(
                    fields.lineOf("difficulty"),
                    fields.subject() + " has unknown difficulty '" + value + "'; use easy, medium or hard");
        }
        return difficulty;
    }

    private static Optional<Set<Criterion>> focus(MappingFields fields, List<String> ids) {
        List<String> known =
                Arrays.stream(Criterion.values()).map(Criterion::id).toList();
        Set<Criterion> focus = EnumSet.noneOf(Criterion.class);
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            Optional<Criterion> criterion = Criterion.fromId(id);
            criterion.ifPresentOrElse(
                    c -> {
                        if (!focus.add(c)) {
                            fields.error(
                                    fields.lineOf("focus"),
                                    fields.subject() + " names focus criterion '" + id + "' twice");
                        }
                    },
                    () -> unknown.add(id));
        }
        for (String id : unknown) {
            fields.error(
                    fields.lineOf("focus"),
                    fields.subject() + " has unknown focus criterion '" + id + "'" + NearestName.hint(id, known)
                            + "; use " + String.join(", ", known));
        }
        return unknown.isEmpty() && focus.size() == ids.size() ? Optional.of(focus) : Optional.empty();
    }

    private static boolean validTags(MappingFields fields, List<String> tags) {
        List<String> bad =
                tags.stream().filter(tag -> !TAG.matcher(tag).matches()).toList();
        bad.forEach(tag -> fields.error(
                fields.lineOf("tags"),
                fields.subject() + " has tag '" + tag + "' that is not lower-case a-z, 0-9, '-', '.', '+'"));
        return bad.isEmpty();
    }
}
