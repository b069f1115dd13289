package dev.mledrill.question;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, length-checked access to the fields of one YAML mapping (a question or a category).
 * Every problem goes to {@link LoadErrors} with the line of the offending key or item; reading
 * never stops at the first problem.
 */
final class MappingFields {

    private final Path file;
    private final LoadErrors errors;
    private final YamlNode.Mapping mapping;
    private final Map<String, YamlNode.Entry> byKey = new LinkedHashMap<>();
    private String subject;

    MappingFields(Path file, YamlNode.Mapping mapping, LoadErrors errors, String subject) {
        this.file = file;
        this.errors = errors;
        this.mapping = mapping;
        this.subject = subject;
        for (YamlNode.Entry entry : mapping.entries()) {
            byKey.putIfAbsent(entry.key(), entry);
        }
    }

    /** Names what the messages talk about, e.g. {@code question 'x'}, once its id is known. */
    void subject(String subject) {
        this.subject = subject;
    }

    String subject() {
        return subject;
    }

    int line() {
        return mapping.line();
    }

    /** The line of {@code key}, or of the mapping when the key is absent. */
    int lineOf(String key) {
        YamlNode.Entry entry = byKey.get(key);
        return entry == null ? mapping.line() : entry.line();
    }

    /** Reports keys that are not allowed (typos must not pass silently) and keys set twice. */
    void rejectUnknownAndRepeatedKeys(Set<String> allowed) {
        for (YamlNode.Entry entry : mapping.entries()) {
            YamlNode.Entry first = byKey.get(entry.key());
            if (first != entry) {
                error(entry.line(), subject + " sets '" + entry.key() + "' twice (first on line " + first.line() + ")");
            }
            if (!allowed.contains(entry.key())) {
                error(
                        entry.line(),
                        subject + " has unknown key '" + entry.key() + "'" + NearestName.hint(entry.key(), allowed)
                                + "; allowed keys: " + String.join(", ", allowed));
            }
        }
    }

    /** The value of {@code key}, empty when it is absent or null. */
    Optional<YamlNode> value(String key) {
        YamlNode.Entry entry = byKey.get(key);
        return entry == null || isNull(entry.value()) ? Optional.empty() : Optional.of(entry.value());
    }

    /** A required string of {@code min} to {@code max} characters (after trimming). */
    Optional<String> text(String key, int min, int max) {
        YamlNode.Entry entry = byKey.get(key);
        if (entry == null || isNull(entry.value())) {
            error(mapping.line(), subject + " has no " + key);
            return Optional.empty();
        }
        return string(entry.value(), key, min, max);
    }

    /** A list of strings; {@code required} false lets the key be absent (an empty list). */
    Optional<List<String>> list(String key, boolean required, int minItems, int maxItems, int minChars, int maxChars) {
        YamlNode.Entry entry = byKey.get(key);
        if (entry == null || isNull(entry.value())) {
            if (required) {
                error(mapping.line(), subject + " has no " + key);
                return Optional.empty();
            }
            return Optional.of(List.of());
        }
        if (!(entry.value() instanceof YamlNode.Sequence sequence)) {
            error(
                    entry.line(),
                    subject + ": " + key + " must be a list, found "
                            + entry.value().kind());
            return Optional.empty();
        }
        int size = sequence.items().size();
        boolean valid = true;
        if (size < minItems || size > maxItems) {
            error(
                    entry.line(),
                    subject + ": " + key + " has " + size + (size == 1 ? " item" : " items") + "; it must have "
                            + minItems + " to " + maxItems);
            valid = false;
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Optional<String> item = string(sequence.items().get(i), key + " item " + (i + 1), minChars, maxChars);
            item.ifPresent(values::add);
            valid &= item.isPresent();
        }
        return valid ? Optional.of(values) : Optional.empty();
    }

    void error(int line, String message) {
        errors.add(file, line, message);
    }

    Optional<String> string(YamlNode node, String what, int min, int max) {
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.type() != YamlNode.ScalarType.STRING) {
            String hint = node instanceof YamlNode.Mapping ? " (put text that contains ': ' in quotes)" : "";
            error(node.line(), subject + ": " + what + " must be text, found " + node.kind() + hint);
            return Optional.empty();
        }
        String value = scalar.text().strip();
        if (value.length() < min || value.length() > max) {
            error(
                    node.line(),
                    subject + ": " + what + " has " + value.length() + " characters; it must have " + min + " to "
                            + max);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.NULL;
    }
}
