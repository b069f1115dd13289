package dev.mledrill.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.streak.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private static final String SLACK_CHANNEL = """
            channels:
              - platform: slack
                team: T1
                channel: C1
                name: drills
                schedule: "0 0 9 ? * MON-FRI"
                time_zone: Europe/Berlin
                rotation: {monday: vision, tue: NLP}
                skip_dates: [2026-12-25]
                answer_window: 8h
                feedback: thread
                wrap_up: channel
                show_names: false
                admins: [U9]
            """;

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("mle-drill.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private AppConfig load(String yaml, Map<String, String> env) throws IOException {
        return ConfigLoader.load(Optional.of(write(yaml)), env);
    }

    private void assertProblem(String yaml, String... expected) {
        assertThatThrownBy(() -> load(yaml, Map.of()))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems())
                        .anySatisfy(p -> assertThat(p).contains(expected)));
    }

    @Test
    @DisplayName("the shipped config/mle-drill.yaml loads")
    void shippedFileLoads() {
        AppConfig config = ConfigLoader.load(Optional.of(Path.of("config/mle-drill.yaml")), Map.of());

        assertThat(config.database()).isEqualTo("./data");
        assertThat(config.consoleChannel().channel()).isEqualTo(AppConfig.CONSOLE_CHANNEL);
        assertThat(config.consoleChannel().rotation()).containsEntry(DayOfWeek.MONDAY, "vision");
    }

    @Test
    @DisplayName("no file at all gives the documented defaults")
    void defaults() {
        AppConfig config = ConfigLoader.fromTree(null, Map.of(), "the defaults");

        assertThat(config.database()).isEqualTo("./data");
        assertThat(config.questionsDir()).isEqualTo(Path.of("questions"));
        assertThat(config.rubricFile()).isEqualTo(Path.of("config/rubric.yaml"));
        assertThat(config.streak()).isEqualTo(new AppConfig.Streak(Scope.CHANNEL, 2));
        assertThat(config.slack().apiBaseUrl()).isEqualTo("https://slack.com/api/");
        assertThat(config.channels()).isEmpty();
        assertThat(config.consoleChannel().zone()).isEqualTo(ZoneId.systemDefault());
    }

    @Test
    @DisplayName("a channel entry maps to its settings")
    void channelSettings() throws IOException {
        ChannelSettings channel = load(SLACK_CHANNEL, Map.of()).channels().get(0);

        assertThat(channel.channel()).isEqualTo(new ChannelRef(Platform.SLACK, "T1", "C1"));
        assertThat(channel.name()).isEqualTo("drills");
        assertThat(channel.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(channel.rotation())
                .containsEntry(DayOfWeek.MONDAY, "vision")
                .containsEntry(DayOfWeek.TUESDAY, "nlp");
        assertThat(channel.skipDates()).containsExactly(LocalDate.of(2026, 12, 25));
        assertThat(channel.answerWindow()).contains(Duration.ofHours(8));
        assertThat(channel.feedback()).isEqualTo(FeedbackMode.THREAD);
        assertThat(channel.wrapUpInThread()).isFalse();
        assertThat(channel.showNames()).isFalse();
        assertThat(channel.admins()).containsExactly("U9");
    }

    @Test
    @DisplayName("environment variables override keys, lists comma-separated")
    void environmentOverrides() throws IOException {
        AppConfig config = load(
                "database: ./elsewhere\n",
                Map.of(
                        "MLE_DRILL_DATABASE", "/var/lib/mle-drill",
                        "MLE_DRILL_SLACK_API_BASE_URL", "http://127.0.0.1:9999/api/",
                        "MLE_DRILL_STREAK_FREEZES_PER_MONTH", "4",
                        "MLE_DRILL_DISCORD_ADMIN_ROLES", "Coach, Mentor"));

        assertThat(config.database()).isEqualTo("/var/lib/mle-drill");
        assertThat(config.slack().apiBaseUrl()).isEqualTo("http://127.0.0.1:9999/api/");
        assertThat(config.streak().freezesPerMonth()).isEqualTo(4);
        assertThat(config.discord().adminRoles()).containsExactly("Coach", "Mentor");
    }

    @Test
    @DisplayName("a bad value from an environment variable names the key and the variable")
    void badEnvironmentValue() {
        assertThatThrownBy(() -> load("database: ./data\n", Map.of("MLE_DRILL_STREAK_FREEZES_PER_MONTH", "lots")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("streak.freezes_per_month: expected a whole number, got 'lots' "
                        + "(set by the environment variable MLE_DRILL_STREAK_FREEZES_PER_MONTH)");
    }

    @Test
    @DisplayName("a token in the file is refused, naming the key and the environment variable, never the value")
    void tokensRefused() {
        assertThatThrownBy(() -> load("slack:\n  bot_token: xoxb-super-secret\n", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("slack.bot_token")
                .hasMessageContaining("SLACK_BOT_TOKEN")
                .hasMessageNotContaining("xoxb-super-secret");
    }

    @Test
    @DisplayName("an unknown key is named with its path and the keys allowed there")
    void unknownKey() {
        assertProblem("databse: ./data\n", "databse: unknown key", "database");
        assertProblem(SLACK_CHANNEL.replace("feedback: thread", "feedbak: thread"), "channels[0].feedbak: unknown key");
    }

    @Test
    @DisplayName("a bad time zone, cron, feedback mode, window, weekday or date is named with its key")
    void badValues() {
        assertProblem(
                SLACK_CHANNEL.replace("Europe/Berlin", "Europe/Berln"),
                "channels[0].time_zone: unknown time zone 'Europe/Berln'");
        assertProblem(
                SLACK_CHANNEL.replace("0 0 9 ? * MON-FRI", "every day at nine"), "channels[0].schedule: invalid cron");
        assertProblem(
                SLACK_CHANNEL.replace("feedback: thread", "feedback: loud"),
                "channels[0].feedback: expected ephemeral, thread or dm");
        assertProblem(SLACK_CHANNEL.replace("answer_window: 8h", "answer_window: soon"), "channels[0].answer_window");
        assertProblem(
                SLACK_CHANNEL.replace("monday: vision", "funday: vision"),
                "channels[0].rotation.funday: not a weekday");
        assertProblem(SLACK_CHANNEL.replace("2026-12-25", "25.12.2026"), "channels[0].skip_dates: expected dates");
        assertProblem(
                SLACK_CHANNEL.replace("platform: slack", "platform: teams"),
                "channels[0].platform: expected slack, discord or console");
        assertProblem("streak:\n  scope: galaxy\n", "streak.scope: expected channel or workspace, got 'galaxy'");
        assertProblem(
                SLACK_CHANNEL.replace("wrap_up: channel", "wrap_up: Forum"),
                "channels[0].wrap_up: expected thread or channel, got 'forum'");
    }

    @Test
    @DisplayName("streak scope and wrap-up place are read once, in any case, into their enums")
    void scopeAndWrapUpPlace() throws IOException {
        AppConfig config = load(
                SLACK_CHANNEL.replace("wrap_up: channel", "wrap_up: Thread") + "streak:\n  scope: WorkSpace\n",
                Map.of());

        assertThat(config.streak().scope()).isEqualTo(Scope.WORKSPACE);
        assertThat(config.channels().get(0).wrapUpInThread()).isTrue();
    }

    @Test
    @DisplayName("a chat channel without its required keys is refused, and all problems are reported together")
    void requiredKeysAndAllProblems() {
        assertThatThrownBy(
                        () -> load("channels:\n  - platform: slack\n    channel: C1\nstreak:\n  scope: x\n", Map.of()))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems())
                        .hasSize(4)
                        .anySatisfy(p -> assertThat(p).startsWith("channels[0].team: required"))
                        .anySatisfy(p -> assertThat(p).startsWith("channels[0].schedule: required"))
                        .anySatisfy(p -> assertThat(p).startsWith("channels[0].time_zone: required"))
                        .anySatisfy(p -> assertThat(p).startsWith("streak.scope")));
    }

    @Test
    @DisplayName("invalid YAML is reported with its line, and a missing file named on the command line is an error")
    void invalidYamlAndMissingFile() {
        assertThatThrownBy(() -> load("database: ./data\nchannels: [\n", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line")
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> load("database: a\ndatabase: b\n", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("database");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(dir.resolve("nope.yaml")), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    @DisplayName("the same channel configured twice is refused")
    void duplicateChannel() {
        String twice = SLACK_CHANNEL + SLACK_CHANNEL.substring(SLACK_CHANNEL.indexOf("  - platform"));
        assertProblem(twice, "channels[1].channel: the channel C1 is configured twice");
    }

    @Test
    @DisplayName(
            "a rotation naming a category the question bank lacks is refused with the channel, weekday and known categories")
    void rotationCategories() throws IOException {
        AppConfig config = load(SLACK_CHANNEL, Map.of());

        assertThatThrownBy(() ->
                        RotationCheck.requireKnownCategories(config, java.util.List.of("vision", "privacy"), "f.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(
                        "channels[0].rotation.tuesday: unknown category 'nlp' (the question bank has: vision, privacy)");
        RotationCheck.requireKnownCategories(config, java.util.List.of("vision", "nlp"), "f.yaml");
    }
}
