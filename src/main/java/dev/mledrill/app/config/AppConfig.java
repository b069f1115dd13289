package dev.mledrill.app.config;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.discord.DiscordSettings;
import dev.mledrill.chat.slack.SlackSettings;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.streak.Scope;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything {@code config/mle-drill.yaml} (plus {@code MLE_DRILL_*} environment variables) says.
 * Secrets are not here: tokens are read from the environment by the adapters' settings.
 *
 * @param database a directory for the embedded H2 database, or a JDBC URL
 */
public record AppConfig(
        String database,
        Path questionsDir,
        Path rubricFile,
        List<ChannelSettings> channels,
        Streak streak,
        Slack slack,
        Discord discord,
        Retention retention,
        MetricsListener metrics) {

    /** The terminal drill's channel; configurable under {@code channels} with {@code platform: console}. */
    public static final ChannelRef CONSOLE_CHANNEL = new ChannelRef(Platform.CONSOLE, "local", "terminal");

    /** A drill every day at midnight in the machine's zone, so a solo user always has a question. */
    static final String CONSOLE_SCHEDULE = "0 0 0 ? * *";

    public AppConfig {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(questionsDir, "questionsDir");
        Objects.requireNonNull(rubricFile, "rubricFile");
        channels = List.copyOf(channels);
        Objects.requireNonNull(streak, "streak");
        Objects.requireNonNull(slack, "slack");
        Objects.requireNonNull(discord, "discord");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(metrics, "metrics");
    }

    /** The configuration without a metrics listener. */
    public AppConfig(
            String database,
            Path questionsDir,
            Path rubricFile,
            List<ChannelSettings> channels,
            Streak streak,
            Slack slack,
            Discord discord,
            Retention retention) {
        this(database, questionsDir, rubricFile, channels, streak, slack, discord, retention, MetricsListener.OFF);
    }

    /** The configuration without a retention setting: answer texts are kept for ever. */
    public AppConfig(
            String database,
            Path questionsDir,
            Path rubricFile,
            List<ChannelSettings> channels,
            Streak streak,
            Slack slack,
            Discord discord) {
        this(database, questionsDir, rubricFile, channels, streak, slack, discord, Retention.KEEP, MetricsListener.OFF);
    }

    /** How long answer texts are kept ({@code retention.answer_text_days}); empty keeps them for ever. Scores stay. */
    public record Retention(Optional<Integer> answerTextDays) {
        public static final Retention KEEP = new Retention(Optional.empty());

        public Retention {
            Objects.requireNonNull(answerTextDays, "answerTextDays");
            answerTextDays.filter(d -> d < 1).ifPresent(d -> {
                throw new IllegalArgumentException("answer text days must be at least 1");
            });
        }
    }

    /**
     * The {@code run} service's health and metrics listener ({@code metrics.port}, {@code metrics.bind}):
     * off unless a port is set; bound to the loopback address unless configured.
     */
    public record MetricsListener(Optional<Integer> port, String bind) {
        public static final String LOOPBACK = "127.0.0.1";
        public static final MetricsListener OFF = new MetricsListener(Optional.empty(), LOOPBACK);

        public MetricsListener {
            Objects.requireNonNull(port, "port");
            Objects.requireNonNull(bind, "bind");
            port.filter(p -> p < 0 || p > 65535).ifPresent(p -> {
                throw new IllegalArgumentException("metrics port must be 0 to 65535");
            });
        }
    }

    /** How streaks count: per {@code channel} or across the {@code workspace}, and freezes per month. */
    public record Streak(Scope scope, int freezesPerMonth) {
        public Streak {
            Objects.requireNonNull(scope, "scope");
            if (freezesPerMonth < 0) {
                throw new IllegalArgumentException("freezes per month must not be negative");
            }
        }
    }

    public record Slack(String apiBaseUrl) {
        /** Slack's own Web API. */
        public static final Slack DEFAULT = new Slack(SlackSettings.DEFAULT_API_BASE_URL);
    }

    public record Discord(String restBaseUrl, String gatewayUrl, List<String> adminRoles) {
        /** Discord's own REST API and gateway, no admin roles. */
        public static final Discord DEFAULT =
                new Discord(DiscordSettings.DEFAULT_REST_BASE_URL, DiscordSettings.DEFAULT_GATEWAY_URL, List.of());

        public Discord {
            adminRoles = List.copyOf(adminRoles);
        }
    }

    /** The channels of one platform. */
    public List<ChannelSettings> channels(Platform platform) {
        return channels.stream().filter(c -> c.channel().platform() == platform).toList();
    }

    public Optional<ChannelSettings> channel(ChannelRef ref) {
        return channels.stream().filter(c -> c.channel().equals(ref)).findFirst();
    }

    /**
     * The zone of a channel's days and weeks (streaks, leaderboards, exports): its configured zone; for the
     * terminal drill, the console channel's (this machine's unless configured); for a channel no longer
     * configured, UTC.
     */
    public ZoneId zone(ChannelRef ref) {
        return channel(ref)
                .map(ChannelSettings::zone)
                .orElseGet(() -> ref.equals(consoleChannel().channel())
                        ? consoleChannel().zone()
                        : ZoneOffset.UTC);
    }

    /** The terminal drill's settings: the configured console channel, else a daily drill in this machine's zone. */
    public ChannelSettings consoleChannel() {
        return channels(Platform.CONSOLE).stream()
                .findFirst()
                .orElseGet(() -> new ChannelSettings(
                        CONSOLE_CHANNEL,
                        "terminal",
                        CONSOLE_SCHEDULE,
                        ZoneId.systemDefault(),
                        Map.of(),
                        Set.of(),
                        Optional.empty(),
                        FeedbackMode.THREAD,
                        true,
                        true,
                        List.of()));
    }
}
