package dev.mledrill.app.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.streak.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads {@code config/mle-drill.yaml}, applies {@code MLE_DRILL_*} environment overrides, and
 * checks everything at once: a bad configuration fails before anything starts, with every
 * problem named by its key. Tokens in the file are refused: they belong in the environment.
 */
public final class ConfigLoader {
    public static final Path DEFAULT_FILE = Path.of("config", "mle-drill.yaml");
    static final Set<String> TOP_KEYS = Set.of(
            "database",
            "questions_dir",
            "rubric_file",
            "channels",
            "streak",
            "slack",
            "discord",
            "retention",
            "metrics");
    private static final int MAX_RETENTION_DAYS = 36_500;
    private static final List<String> SECRET_WORDS = List.of("token", "secret", "password");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ConfigLoader() {}

    /**
     * The configuration from {@code file} (or, when none is given, {@code MLE_DRILL_CONFIG}, else
     * {@code config/mle-drill.yaml} if it exists, else the defaults) with the environment's overrides.
     */
    public static AppConfig load(Optional<Path> file, Map<String, String> env) {
        Optional<Path> chosen =
                file.or(() -> Optional.ofNullable(env.get("MLE_DRILL_CONFIG")).map(Path::of));
        if (chosen.isPresent() && !Files.isRegularFile(chosen.get())) {
            throw new ConfigException(chosen.get().toString(), List.of("the configuration file does not exist"));
        }
        Path source = chosen.orElse(DEFAULT_FILE);
        JsonNode tree = Files.isRegularFile(source) ? parse(source) : JsonNodeFactory.instance.objectNode();
        return fromTree(tree, env, Files.isRegularFile(source) ? source.toString() : "the defaults");
    }

    static AppConfig fromTree(JsonNode tree, Map<String, String> env, String source) {
        List<String> problems = new ArrayList<>();
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            tree = JsonNodeFactory.instance.objectNode();
        }
        if (!(tree instanceof ObjectNode root)) {
            throw new ConfigException(source, List.of("(top level): expected a mapping of keys to values"));
        }
        rejectSecrets(root, "", problems);
        EnvOverrides.apply(root, env);
        YamlSection top = new YamlSection(root, "", problems);
        top.allowOnly(TOP_KEYS);
        String database = top.text("database", "./data");
        Path questions = Path.of(top.text("questions_dir", "questions"));
        Path rubric = Path.of(top.text("rubric_file", "config/rubric.yaml"));
        List<ChannelSettings> channels = channels(top, problems);
        AppConfig.Streak streak = streak(top.section("streak"));
        YamlSection slack = top.section("slack");
        slack.allowOnly(Set.of("api_base_url"));
        YamlSection discord = top.section("discord");
        discord.allowOnly(Set.of("rest_base_url", "gateway_url", "admin_roles"));
        AppConfig.Slack slackConfig =
                new AppConfig.Slack(url(slack, "api_base_url", AppConfig.Slack.DEFAULT.apiBaseUrl()));
        AppConfig.Discord discordConfig = new AppConfig.Discord(
                url(discord, "rest_base_url", AppConfig.Discord.DEFAULT.restBaseUrl()),
                url(discord, "gateway_url", AppConfig.Discord.DEFAULT.gatewayUrl()),
                discord.list("admin_roles"));
        AppConfig.Retention retention = retention(top.section("retention"));
        AppConfig.MetricsListener metrics = metrics(top.section("metrics"));
        if (!problems.isEmpty()) {
            throw new ConfigException(source, EnvOverrides.attribute(problems, env));
        }
        return new AppConfig(
                database, questions, rubric, channels, streak, slackConfig, discordConfig, retention, metrics);
    }

    private static JsonNode parse(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : "line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": ";
            throw new ConfigException(file.toString(), List.of(where + "not valid YAML: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException(file.toString(), List.of("cannot be read: " + e.getMessage()));
        }
    }

    private static List<ChannelSettings> channels(YamlSection top, List<String> problems) {
        List<ChannelSettings> channels = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (YamlSection entry : top.sections("channels")) {
            ChannelReader.read(entry).ifPresent(settings -> {
                if (seen.add(settings.channel())) {
                    channels.add(settings);
                } else {
                    entry.problem("channel", "the channel " + settings.channel().id() + " is configured twice");
                }
            });
        }
        return channels;
    }

    private static AppConfig.Streak streak(YamlSection s) {
        s.allowOnly(Set.of("scope", "freezes_per_month"));
        Scope scope = s.parse(
                        "scope",
                        s.text("scope", "channel").toLowerCase(Locale.ROOT),
                        Scope::fromId,
                        "expected channel or workspace")
                .orElse(Scope.CHANNEL);
        int freezes = s.integer("freezes_per_month").orElse(2);
        if (freezes < 0 || freezes > 31) {
            s.problem("freezes_per_month", "expected 0 to 31, got " + freezes);
            freezes = 0;
        }
        return new AppConfig.Streak(scope, freezes);
    }

    /** {@code retention.answer_text_days}: whole days, 1 or more; absent keeps answer texts for ever. */
    private static AppConfig.Retention retention(YamlSection s) {
        s.allowOnly(Set.of("answer_text_days"));
        Optional<Integer> days = s.integer("answer_text_days");
        if (days.isPresent() && (days.get() < 1 || days.get() > MAX_RETENTION_DAYS)) {
            s.problem(
                    "answer_text_days",
                    "expected 1 to " + MAX_RETENTION_DAYS + " days (leave it out to keep answer texts), got "
                            + days.get());
            return AppConfig.Retention.KEEP;
        }
        return new AppConfig.Retention(days);
    }

    /** {@code metrics.port} (absent: no listener; 0: any free port) and {@code metrics.bind} (default loopback). */
    private static AppConfig.MetricsListener metrics(YamlSection s) {
        s.allowOnly(Set.of("port", "bind"));
        Optional<Integer> port = s.integer("port");
        if (port.isPresent() && (port.get() < 0 || port.get() > 65535)) {
            s.problem("port", "expected a TCP port from 1 to 65535 (0 picks a free one), got " + port.get());
            port = Optional.empty();
        }
        String bind = s.text("bind", AppConfig.MetricsListener.LOOPBACK).trim();
        if (bind.isEmpty()) {
            s.problem("bind", "expected an address to listen on, such as 127.0.0.1 or 0.0.0.0");
            bind = AppConfig.MetricsListener.LOOPBACK;
        }
        return new AppConfig.MetricsListener(port, bind);
    }

    private static String url(YamlSection s, String key, String fallback) {
        String value = s.text(key, fallback);
        if (!value.matches("(?i)(https?|wss?)://\\S+")) {
            s.problem(key, "expected an http(s) or ws(s) URL, got '" + value + "'");
        }
        return value;
    }

    /** Any key that looks like a secret is refused, wherever it is; its value is never repeated. */
    private static void rejectSecrets(JsonNode node, String path, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                rejectSecrets(node.get(i), path + "[" + i + "]", problems);
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            String lower = field.getKey().toLowerCase(Locale.ROOT);
            if (SECRET_WORDS.stream().anyMatch(lower::contains)) {
                problems.add(key + ": secrets are never read from the configuration file; remove this key and set the "
                        + "environment variable instead (SLACK_BOT_TOKEN, SLACK_APP_TOKEN, DISCORD_TOKEN)");
                fields.remove();
            } else {
                rejectSecrets(field.getValue(), key, problems);
            }
        }
    }
}
