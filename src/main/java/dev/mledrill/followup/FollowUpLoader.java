package dev.mledrill.followup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mledrill.rubric.Criterion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads {@code config/follow-ups.yaml}: a mapping of every criterion id to a list of templates.
 * Fails fast with the file, the key and the reason ("config/follow-ups.yaml: budget[2]: unknown placeholder ...").
 */
public final class FollowUpLoader {
    public static final int MAX_TEMPLATE = 300;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private FollowUpLoader() {}

    public static FollowUpTemplates load(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    file + ": cannot read the follow-up templates (" + e.getMessage() + ")", e);
        }
    }

    static FollowUpTemplates parse(String yaml, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw fail(source, "(top level)", "expected a mapping of criterion ids to lists of templates");
        }
        Map<Criterion, List<String>> templates = new EnumMap<>(Criterion.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Criterion criterion = Criterion.fromId(entry.getKey())
                    .orElseThrow(
                            () -> fail(source, entry.getKey(), "unknown criterion (expected one of " + ids() + ")"));
            templates.put(criterion, list(source, entry.getKey(), entry.getValue()));
        }
        for (Criterion c : Criterion.values()) {
            List<String> list = templates.get(c);
            if (list == null) {
                throw fail(source, c.id(), "missing (every criterion needs templates)");
            }
            if (list.stream().noneMatch(t -> Placeholders.in(t).isEmpty())) {
                throw fail(
                        source,
                        c.id(),
                        "needs at least one template without a placeholder (used when the answer has nothing to quote)");
            }
        }
        return new FollowUpTemplates(templates);
    }

    private static List<String> list(String source, String key, JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            throw fail(source, key, "expected a non-empty list of templates");
        }
        List<String> list = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String at = key + "[" + i + "]";
            if (!item.isTextual() || item.asText().isBlank()) {
                throw fail(source, at, "expected a template text");
            }
            String text = item.asText().strip();
            Optional<String> problem = problem(text);
            if (problem.isPresent()) {
                throw fail(source, at, problem.get());
            }
            list.add(text);
        }
        return list;
    }

    /** What is wrong with one template (length, placeholders), shared with the question bank's {@code follow_ups}. */
    public static Optional<String> problem(String template) {
        if (template.length() > MAX_TEMPLATE) {
            return Optional.of("has " + template.length() + " characters; at most " + MAX_TEMPLATE);
        }
        return Placeholders.problem(template);
    }

    private static String ids() {
        return String.join(
                ", ", Arrays.stream(Criterion.values()).map(Criterion::id).toList());
    }

    private static IllegalArgumentException fail(String source, String key, String reason) {
        return new IllegalArgumentException(source + ": " + key + ": " + reason);
    }
}
