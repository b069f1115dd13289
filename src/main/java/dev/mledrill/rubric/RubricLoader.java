package dev.mledrill.rubric;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the rubric from YAML (config/rubric.yaml). Fails fast: every error names the file,
 * the key and the reason ("config/rubric.yaml: weights.outcom: unknown criterion ...").
 */
public final class RubricLoader {
    public static final Path DEFAULT_FILE = Path.of("config", "rubric.yaml");
    private static final Set<String> KEYS =
            Set.of("version", "weights", "focus_boost", "red_flags", "kept_share", "bands", "relevance", "key_points");
    private static final Set<String> RELEVANCE_KEYS = Set.of("off_topic_below", "full_from", "off_topic_kept");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private RubricLoader() {}

    public static Rubric load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the rubric (" + e.getMessage() + ")", e);
        }
        return parse(text, file.toString());
    }

    /** The rubric in {@code file} when it exists, otherwise {@link Rubric#defaults()}. */
    public static Rubric loadOrDefaults(Path file) {
        return Files.exists(file) ? load(file) : Rubric.defaults();
    }

    static Rubric parse(String yaml, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw fail(source, "(top level)", "expected a mapping with keys " + KEYS);
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw fail(source, key, "unknown key (expected one of " + KEYS + ")");
            }
        }
        JsonNode version = root.path("version");
        if (!version.isValueNode() || version.asText().isBlank()) {
            throw fail(source, "version", "missing; give a version string such as \"2026.12-1\"");
        }
        Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        for (Map.Entry<String, Double> e : numbers(root, "weights", source).entrySet()) {
            Criterion c = Criterion.fromId(e.getKey())
                    .orElseThrow(() -> fail(
                            source,
                            "weights." + e.getKey(),
                            "unknown criterion (expected one of " + criterionIds() + ")"));
            weights.put(c, e.getValue());
        }
        for (Criterion c : Criterion.values()) {
            if (!weights.containsKey(c)) {
                throw fail(source, "weights." + c.id(), "missing");
            }
        }
        Map<RedFlagKind, Double> deductions = new EnumMap<>(RedFlagKind.class);
        for (Map.Entry<String, Double> e : numbers(root, "red_flags", source).entrySet()) {
            RedFlagKind kind = RedFlagKind.fromId(e.getKey())
                    .filter(RedFlagKind::priced)
                    .orElseThrow(() -> fail(
                            source,
                            "red_flags." + e.getKey(),
                            "unknown red flag (expected one of "
                                    + RedFlagKind.pricedKinds().stream()
                                            .map(RedFlagKind::id)
                                            .toList() + ")"));
            deductions.put(kind, e.getValue());
        }
        List<Band> bands = new ArrayList<>();
        numbers(root, "bands", source).forEach((name, min) -> bands.add(new Band(name, min)));
        double boost = optionalNumber(root, "focus_boost", 1.5, source);
        double kept = optionalNumber(root, "kept_share", 0.25, source);
        double keyPoints = optionalNumber(root, "key_points", Rubric.DEFAULT_KEY_POINT_SHARE, source);
        try {
            return new Rubric(
                    version.asText(), weights, deductions, bands, boost, kept, relevance(root, source), keyPoints);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static RelevanceRule relevance(JsonNode root, String source) {
        if (root.get("relevance") == null) {
            return RelevanceRule.DEFAULTS;
        }
        Map<String, Double> r = numbers(root, "relevance", source);
        for (String key : r.keySet()) {
            if (!RELEVANCE_KEYS.contains(key)) {
                throw fail(source, "relevance." + key, "unknown key (expected one of " + RELEVANCE_KEYS + ")");
            }
        }
        RelevanceRule d = RelevanceRule.DEFAULTS;
        return new RelevanceRule(
                r.getOrDefault("off_topic_below", d.offTopicBelow()),
                r.getOrDefault("full_from", d.fullFrom()),
                r.getOrDefault("off_topic_kept", d.offTopicKept()));
    }

    private static Map<String, Double> numbers(JsonNode root, String key, String source) {
        JsonNode node = root.path(key);
        if (!node.isObject() || node.isEmpty()) {
            throw fail(source, key, "missing or not a mapping of names to numbers");
        }
        Map<String, Double> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber()) {
                throw fail(
                        source,
                        key + "." + e.getKey(),
                        "expected a number, got '" + e.getValue().asText() + "'");
            }
            out.put(e.getKey(), e.getValue().asDouble());
        }
        return out;
    }

    private static double optionalNumber(JsonNode root, String key, double fallback, String source) {
        JsonNode node = root.get(key);
        if (node == null) {
            return fallback;
        }
        if (!node.isNumber()) {
            throw fail(source, key, "expected a number, got '" + node.asText() + "'");
        }
        return node.asDouble();
    }

    private static List<String> criterionIds() {
        return java.util.Arrays.stream(Criterion.values()).map(Criterion::id).toList();
    }

    private static IllegalArgumentException fail(String source, String key, String reason) {
        return new IllegalArgumentException(source + ": " + key + ": " + reason);
    }
}
