package dev.mledrill.chat.discord;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The {@code /drill} slash command: its subcommands and options as registered with Discord, and
 * the platform-neutral text ("leaderboard week", "streak <@42>") an invocation stands for.
 */
final class DrillSlashCommand {
    static final String NAME = "drill";
    static final Set<String> ADMIN_ONLY = Set.of("schedule", "pause", "resume");
    private static final Map<String, List<String>> DECLARED_OPTIONS = data().getSubcommands().stream()
            .collect(Collectors.toMap(
                    SubcommandData::getName,
                    sub -> sub.getOptions().stream().map(OptionData::getName).toList()));

    private DrillSlashCommand() {}

    static SlashCommandData data() {
        return Commands.slash(NAME, "Daily ML-engineer interview drills")
                .setContexts(InteractionContextType.GUILD)
                .addSubcommands(
                        new SubcommandData("today", "Today's question and when its answer window closes"),
                        new SubcommandData("leaderboard", "Points ranking (default: this week, this channel)")
                                .addOptions(
                                        new OptionData(OptionType.STRING, "period", "week, month or all time")
                                                .addChoice("week", "week")
                                                .addChoice("month", "month")
                                                .addChoice("all", "all"),
                                        new OptionData(OptionType.STRING, "scope", "this channel or the whole server")
                                                .addChoice("channel", "channel")
                                                .addChoice("server", "workspace")),
                        new SubcommandData("streak", "Current and longest streak (yours by default)")
                                .addOption(OptionType.USER, "user", "Whose streak"),
                        new SubcommandData("stats", "Your progress chart per rubric criterion, only to you")
                                .addOptions(new OptionData(
                                                OptionType.STRING,
                                                "view",
                                                "team: the channel's chart, posted for everyone")
                                        .addChoice("team", "team")),
                        new SubcommandData("remind", "Streak reminders by DM before the question closes")
                                .addOptions(
                                        new OptionData(
                                                        OptionType.STRING,
                                                        "state",
                                                        "on or off (default: show your choice)")
                                                .addChoice("on", "on")
                                                .addChoice("off", "off"),
                                        new OptionData(OptionType.STRING, "quiet", "quiet hours, e.g. 22:00-07:00")),
                        new SubcommandData("rubric", "How answers are scored"),
                        new SubcommandData("practice", "A private extra question by DM, aimed at your weak area")
                                .addOption(
                                        OptionType.STRING,
                                        "category",
                                        "e.g. vision, nlp, privacy (default: your weak area)"),
                        new SubcommandData("optout", "Leave leaderboards and wrap-up names"),
                        new SubcommandData("optin", "Rejoin leaderboards and wrap-up names"),
                        new SubcommandData(
                                        "reveal",
                                        "Whether the close reveals your private answers' text (your score counts)")
                                .addOptions(new OptionData(
                                                OptionType.STRING, "state", "off: keep your text private; on: allow it")
                                        .addChoice("off", "off")
                                        .addChoice("on", "on")),
                        new SubcommandData("export", "Your stored answers, scores and streaks as JSON, only to you")
                                .addOption(OptionType.BOOLEAN, "everywhere", "All servers, not only this one"),
                        new SubcommandData("forget-me", "Delete everything stored about you")
                                .addOption(OptionType.BOOLEAN, "confirm", "Yes, delete it (otherwise: what would go)")
                                .addOption(OptionType.BOOLEAN, "everywhere", "In all servers, not only this one"),
                        new SubcommandData("help", "What the bot does and how to answer"),
                        new SubcommandData("schedule", "Admins: this channel's schedule"),
                        new SubcommandData("pause", "Admins: stop posting in this channel"),
                        new SubcommandData("resume", "Admins: start posting again"));
    }

    /**
     * The command text: the subcommand, then its options in their declared order (Discord sends
     * them in the order the user filled them in): values as typed, users as mentions, a true
     * flag as its name ("forget-me confirm everywhere").
     */
    static String text(String subcommand, List<OptionMapping> options) {
        List<String> declared = DECLARED_OPTIONS.getOrDefault(subcommand, List.of());
        String args = options.stream()
                .sorted(Comparator.comparingInt(o -> declared.indexOf(o.getName())))
                .map(DrillSlashCommand::argument)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
        String name = subcommand == null ? "help" : subcommand;
        return args.isEmpty() ? name : name + " " + args;
    }

    private static String argument(OptionMapping option) {
        return switch (option.getType()) {
            case USER -> "<@" + option.getAsUser().getId() + ">";
            case BOOLEAN -> option.getAsBoolean() ? option.getName() : "";
            // "remind on quiet 22:00-07:00", as typed on Slack
            default ->
                (option.getName().equals("quiet") ? "quiet " : "")
                        + option.getAsString().strip();
        };
    }
}
