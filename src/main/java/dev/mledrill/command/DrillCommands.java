package dev.mledrill.command;

import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.CommandHandler;
import dev.mledrill.chat.CommandReply;
import dev.mledrill.drill.ChannelSettings;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code /drill ...} for every platform: reads the subcommand, refuses admin commands
 * to non-admins, and hands the rest to the replies that know each topic. Every reply is a few
 * indexed queries, well inside Slack's 3-second limit; anything unknown gets the help text.
 */
public final class DrillCommands implements CommandHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DrillCommands.class);
    private static final Set<String> ADMIN_ONLY = Set.of("schedule", "pause", "resume");

    private final List<ChannelSettings> channels;
    private final Map<String, Function<CommandContext, CommandReply>> routes;

    /** All commands, including {@code /drill export} and {@code /drill forget-me}. */
    public DrillCommands(
            List<ChannelSettings> channels,
            ScheduleReplies schedule,
            StandingReplies standings,
            PersonalReplies personal,
            PrivacyReplies privacy) {
        this(channels, schedule, standings, personal, privacyRoutes(Objects.requireNonNull(privacy, "privacy")));
    }

    /** All commands, with {@code /drill stats} answered with charts and {@code /drill remind}. */
    public DrillCommands(
            List<ChannelSettings> channels,
            ScheduleReplies schedule,
            StandingReplies standings,
            PersonalReplies personal,
            PrivacyReplies privacy,
            ProgressReplies progress) {
        this(
                channels,
                schedule,
                standings,
                personal,
                progressRoutes(
                        privacyRoutes(Objects.requireNonNull(privacy, "privacy")),
                        Objects.requireNonNull(progress, "progress")));
    }

    /** The commands without the privacy ones (a deployment must use the constructor above). */
    public DrillCommands(
            List<ChannelSettings> channels,
            ScheduleReplies schedule,
            StandingReplies standings,
            PersonalReplies personal) {
        this(channels, schedule, standings, personal, Map.of());
    }

    private DrillCommands(
            List<ChannelSettings> channels,
            ScheduleReplies schedule,
            StandingReplies standings,
            PersonalReplies personal,
            Map<String, Function<CommandContext, CommandReply>> extra) {
        this.channels = List.copyOf(channels);
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(standings, "standings");
        Objects.requireNonNull(personal, "personal");
        Map<String, Function<CommandContext, CommandReply>> routes = new java.util.HashMap<>(Map.ofEntries(
                Map.entry("today", schedule::today),
                Map.entry("schedule", schedule::schedule),
                Map.entry("pause", c -> schedule.pause(c, true)),
                Map.entry("resume", c -> schedule.pause(c, false)),
                Map.entry("leaderboard", standings::leaderboard),
                Map.entry("streak", standings::streak),
                Map.entry("stats", personal::stats),
                Map.entry("rubric", personal::rubric),
                Map.entry("practice", personal::practice),
                Map.entry("optout", c -> personal.optOut(c, true)),
                Map.entry("optin", c -> personal.optOut(c, false)),
                Map.entry("reveal", personal::reveal),
                Map.entry("help", c -> HelpText.reply())));
        routes.putAll(extra);
        this.routes = Map.copyOf(routes);
    }

    private static Map<String, Function<CommandContext, CommandReply>> progressRoutes(
            Map<String, Function<CommandContext, CommandReply>> routes, ProgressReplies progress) {
        Map<String, Function<CommandContext, CommandReply>> all = new java.util.HashMap<>(routes);
        all.put("stats", progress::stats);
        all.put("remind", progress::remind);
        return all;
    }

    private static Map<String, Function<CommandContext, CommandReply>> privacyRoutes(PrivacyReplies privacy) {
        return Map.of("export", privacy::export, "forget-me", privacy::forgetMe);
    }

    @Override
    public CommandReply handle(ChatEvent.CommandInvoked command) {
        List<String> words = Arrays.stream(command.text().trim().split("\\s+"))
                .filter(w -> !w.isEmpty())
                .toList();
        String name = words.isEmpty() ? "help" : words.get(0).toLowerCase(Locale.ROOT);
        Function<CommandContext, CommandReply> route = routes.get(name);
        if (route == null || words.isEmpty()) {
            return HelpText.reply();
        }
        CommandContext context = new CommandContext(
                command,
                words.subList(1, words.size()),
                channels.stream()
                        .filter(s -> s.channel().equals(command.channel()))
                        .findFirst());
        if (ADMIN_ONLY.contains(name) && !context.admin()) {
            return new CommandReply(
                    "Only workspace admins and this channel's drill admins can use `/drill " + name + "`.");
        }
        try {
            return route.apply(context);
        } catch (IllegalArgumentException e) {
            return new CommandReply(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("/drill {} failed in {}", name, command.channel().id(), e);
            return new CommandReply("Sorry, `/drill " + name + "` failed on our side. Please try again in a minute.");
        }
    }
}
