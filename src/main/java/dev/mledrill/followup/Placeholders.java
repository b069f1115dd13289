package dev.mledrill.followup;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders a follow-up template may use, each filled from the answer: {@code {change}} a
 * clause holding a before/after number pair ("cut latency from 48 to 21 ms"), {@code {technique}}
 * a technique the answer names ("int8 quantization"), {@code {quote}} a clause of the answer.
 */
public final class Placeholders {
    public static final List<String> NAMES = List.of("change", "technique", "quote");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private Placeholders() {}

    /** The placeholder names a template uses, in order of first use. */
    public static Set<String> in(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** What is wrong with a template's placeholders, or empty when every one is known. */
    public static Optional<String> problem(String template) {
        for (String name : in(template)) {
            if (!NAMES.contains(name)) {
                return Optional.of("unknown placeholder {" + name + "} (use {change}, {technique} or {quote})");
            }
        }
        return Optional.empty();
    }

    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
