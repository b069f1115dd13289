package dev.mledrill.app.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Environment variables that override configuration keys: {@code MLE_DRILL_} followed by the key
 * path in upper case with {@code _} for the dots ({@code slack.api_base_url} is
 * {@code MLE_DRILL_SLACK_API_BASE_URL}). List values are comma-separated.
 */
final class EnvOverrides {
    static final String PREFIX = "MLE_DRILL_";
    /** The keys a variable may override (channels are a list: they come from the file only). */
    static final List<String> KEYS = List.of(
            "database",
            "questions_dir",
            "rubric_file",
            "streak.scope",
            "streak.freezes_per_month",
            "slack.api_base_url",
            "discord.rest_base_url",
            "discord.gateway_url",
            "discord.admin_roles",
            "retention.answer_text_days",
            "metrics.port",
            "metrics.bind");

    private static final Set<String> LIST_KEYS = Set.of("discord.admin_roles");
    /** Variables with the prefix that are read elsewhere, not configuration keys. */
    private static final Set<String> OTHER_VARIABLES = Set.of(
            "MLE_DRILL_CONFIG",
            "MLE_DRILL_LOG_LEVEL",
            "MLE_DRILL_DATABASE_USER",
            "MLE_DRILL_DATABASE_PASSWORD",
            "MLE_DRILL_TEST_PG_URL",
            "MLE_DRILL_DATABASE_WAIT_SECONDS",
            "MLE_DRILL_DEBUG");

    private static final Logger LOG = LoggerFactory.getLogger(EnvOverrides.class);

    private EnvOverrides() {}

    static String variable(String key) {
        return PREFIX + key.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    /** Marks each problem with a key that a variable set, so the user looks there rather than in the file. */
    static List<String> attribute(List<String> problems, Map<String, String> env) {
        return problems.stream()
                .map(problem -> KEYS.stream()
                        .filter(key -> env.containsKey(variable(key)) && problem.startsWith(key + ":"))
                        .findFirst()
                        .map(key -> problem + " (set by the environment variable " + variable(key) + ")")
                        .orElse(problem))
                .toList();
    }

    /** Writes each set variable into the tree; names the ones that match no key. */
    static void apply(ObjectNode root, Map<String, String> env) {
        for (String key : KEYS) {
            String value = env.get(variable(key));
            if (value == null) {
                continue;
            }
            String[] parts = key.split("\\.");
            ObjectNode parent = root;
            for (int i = 0; i < parts.length - 1; i++) {
                parent = parent.get(parts[i]) instanceof ObjectNode child ? child : parent.putObject(parts[i]);
            }
            String leaf = parts[parts.length - 1];
            if (LIST_KEYS.contains(key)) {
                ArrayNode list = parent.putArray(leaf);
                Arrays.stream(value.split(","))
                        .map(String::trim)
                        .filter(v -> !v.isEmpty())
                        .forEach(list::add);
            } else {
                parent.put(leaf, value.trim());
            }
        }
        Set<String> known = KEYS.stream().map(EnvOverrides::variable).collect(java.util.stream.Collectors.toSet());
        env.keySet().stream()
                .filter(name -> name.startsWith(PREFIX) && !known.contains(name) && !OTHER_VARIABLES.contains(name))
                .sorted()
                .forEach(name -> LOG.warn(
                        "environment variable {} is not a configuration key and is ignored (known: {})",
                        name,
                        String.join(
                                ", ", KEYS.stream().map(EnvOverrides::variable).toList())));
    }
}
