package dev.mledrill.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One mapping of the YAML tree with its key path. Reading a value that has the wrong shape
 * records "path: reason" in the shared problem list instead of failing at the first one.
 */
final class YamlSection {
    private final JsonNode node;
    private final String path;
    private final List<String> problems;

    YamlSection(JsonNode node, String path, List<String> problems) {
        this.node = node == null || node.isNull() ? MissingNode.getInstance() : node;
        this.path = path;
        this.problems = problems;
        if (!this.node.isMissingNode() && !this.node.isObject()) {
            problem("", "expected a mapping of keys to values");
        }
    }

    String key(String name) {
        return path.isEmpty() ? name : name.startsWith("[") ? path + name : path + "." + name;
    }

    void problem(String name, String reason) {
        problems.add((name.isEmpty() ? (path.isEmpty() ? "(top level)" : path) : key(name)) + ": " + reason);
    }

    /** Records every key that is not one of {@code known}. */
    void allowOnly(Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(
                        name,
                        "unknown key (known keys here: "
                                + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    Optional<String> text(String name) {
        JsonNode value = node.path(name);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            problem(name, "expected a single value, not a " + (value.isArray() ? "list" : "mapping"));
            return Optional.empty();
        }
        return Optional.of(value.asText().trim());
    }

    String text(String name, String fallback) {
        return text(name).orElse(fallback);
    }

    Optional<Integer> integer(String name) {
        return text(name).flatMap(value -> parse(name, value, Integer::valueOf, "expected a whole number"));
    }

    Optional<Boolean> bool(String name) {
        return text(name).flatMap(value -> {
            if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                return Optional.of(Boolean.parseBoolean(value));
            }
            problem(name, "expected true or false, got '" + value + "'");
            return Optional.empty();
        });
    }

    /** A list of single values; one value alone is taken as a list of one. */
    List<String> list(String name) {
        JsonNode value = node.path(name);
        List<String> items = new ArrayList<>();
        if (value.isMissingNode() || value.isNull()) {
            return items;
        }
        if (value.isValueNode()) {
            items.add(value.asText().trim());
            return items;
        }
        if (!value.isArray()) {
            problem(name, "expected a list");
            return items;
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isValueNode()) {
                items.add(value.get(i).asText().trim());
            } else {
                problem(name + "[" + i + "]", "expected a single value");
            }
        }
        return items;
    }

    YamlSection section(String name) {
        return new YamlSection(node.path(name), key(name), problems);
    }

    List<YamlSection> sections(String name) {
        JsonNode value = node.path(name);
        List<YamlSection> sections = new ArrayList<>();
        if (value.isMissingNode() || value.isNull()) {
            return sections;
        }
        if (!value.isArray()) {
            problem(name, "expected a list");
            return sections;
        }
        for (int i = 0; i < value.size(); i++) {
            sections.add(new YamlSection(value.get(i), key(name) + "[" + i + "]", problems));
        }
        return sections;
    }

    Iterator<String> keys() {
        return node.fieldNames();
    }

    <T> Optional<T> parse(String name, String value, Function<String, T> parser, String expected) {
        try {
            return Optional.of(parser.apply(value));
        } catch (RuntimeException e) {
            problem(name, expected + ", got '" + value + "'");
            return Optional.empty();
        }
    }
}
