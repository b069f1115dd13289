package dev.mledrill.command;

import dev.mledrill.chat.ChatImage;
import dev.mledrill.chat.CommandReply;
import dev.mledrill.progress.ChartImage;
import dev.mledrill.progress.ProgressCharts;
import dev.mledrill.progress.Reminders;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /drill stats} with pictures: the person's trend chart goes with their private text
 * summary; {@code /drill stats team} posts the channel's team chart in the channel. Anyone may
 * post the team chart: it shows only what the channel already sees in wrap-ups and on the
 * leaderboard (people who opted out are left off, names follow the channel's show_names).
 */
public final class ProgressReplies {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressReplies.class);
    private static final Pattern QUIET = Pattern.compile("(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})");

    private final ProgressCharts charts;
    private final Function<CommandContext, CommandReply> textStats;
    private final Reminders reminders;

    /** @param textStats the text summary the personal chart goes with ({@link PersonalReplies#stats}) */
    public ProgressReplies(ProgressCharts charts, PersonalReplies textStats, Reminders reminders) {
        this(charts, textStats::stats, reminders);
    }

    ProgressReplies(ProgressCharts charts, Function<CommandContext, CommandReply> textStats, Reminders reminders) {
        this.charts = charts;
        this.textStats = textStats;
        this.reminders = reminders;
    }

    /** {@code /drill remind on|off [quiet HH:MM-HH:MM]}, or the current choice without arguments. */
    CommandReply remind(CommandContext context) {
        var user = context.event().user();
        Optional<Reminders.Choice> current = reminders.choice(user);
        boolean channelDefault =
                context.settings().map(s -> s.progress().reminders()).orElse(false);
        String before =
                context.settings().map(s -> hours(s.progress().remindBefore())).orElse("2 h");
        Optional<String> word = context.arg(0).map(a -> a.toLowerCase(Locale.ROOT));
        if (word.isEmpty()) {
            boolean on = current.map(Reminders.Choice::enabled).orElse(channelDefault);
            return new CommandReply("Streak reminders are **" + (on ? "on" : "off") + "** for you"
                    + (current.isEmpty() ? " (this channel's default)" : "")
                    + current.flatMap(Reminders.Choice::quiet)
                            .map(q -> ", quiet " + q.from() + "–" + q.to())
                            .orElse("")
                    + ". `/drill remind on|off [quiet 22:00-07:00]` changes it.");
        }
        if (!word.get().equals("on") && !word.get().equals("off")) {
            throw new IllegalArgumentException(
                    "`/drill remind` takes on or off (and optionally quiet 22:00-07:00), not '" + word.get() + "'.");
        }
        Optional<Reminders.QuietHours> quiet = quiet(context).or(() -> current.flatMap(Reminders.Choice::quiet));
        boolean on = word.get().equals("on");
        reminders.choose(user, context.event().displayName(), new Reminders.Choice(on, quiet));
        return new CommandReply(
                on
                        ? "Streak reminders on: when you have a streak of 2 or more and have not answered, a DM comes "
                                + before
                                + " before the question closes (at most one a day"
                                + quiet.map(q -> ", never between " + q.from() + " and " + q.to())
                                        .orElse("") + "). `/drill remind off` stops them."
                        : "Streak reminders off. `/drill remind on` brings them back.");
    }

    private static Optional<Reminders.QuietHours> quiet(CommandContext context) {
        if (context.arg(1).isEmpty()) {
            return Optional.empty();
        }
        Matcher m =
                context.arg(1).get().equalsIgnoreCase("quiet") && context.arg(2).isPresent()
                        ? QUIET.matcher(context.arg(2).get())
                        : null;
        if (m == null
                || !m.matches()
                || Integer.parseInt(m.group(1)) > 23
                || Integer.parseInt(m.group(3)) > 23
                || Integer.parseInt(m.group(2)) > 59
                || Integer.parseInt(m.group(4)) > 59) {
            throw new IllegalArgumentException(
                    "Quiet hours are written `quiet 22:00-07:00` (24-hour clock, in this channel's time zone).");
        }
        return Optional.of(new Reminders.QuietHours(
                LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))),
                LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)))));
    }

    private static String hours(java.time.Duration d) {
        return d.toMinutes() % 60 == 0 ? d.toHours() + " h" : d.toMinutes() + " min";
    }

    CommandReply stats(CommandContext context) {
        Optional<String> what = context.arg(0).map(a -> a.toLowerCase(Locale.ROOT));
        if (what.isPresent() && !what.get().equals("team")) {
            throw new IllegalArgumentException(
                    "`/drill stats` shows your progress; `/drill stats team` the channel's. Unknown: '" + what.get()
                            + "'.");
        }
        if (what.isPresent()) {
            return team(context);
        }
        CommandReply text = textStats.apply(context);
        Optional<ChartImage> chart;
        try {
            chart = charts.personal(context.event().user(), Optional.empty(), "Your progress", context.zone());
        } catch (RuntimeException | LinkageError e) {
            // A machine that cannot draw (no fonts, broken AWT) still answers, in text.
            LOG.warn("could not draw the progress chart: {}", e.toString());
            return text;
        }
        return chart.map(c ->
                        new CommandReply(text.markdown(), Optional.of(attachment(c)), CommandReply.Audience.CALLER))
                .orElse(text);
    }

    private CommandReply team(CommandContext context) {
        if (context.settings().isEmpty()) {
            return new CommandReply("`/drill stats team` works in a drill channel; this one has no drill configured.");
        }
        ChartImage chart = charts.team(context.settings().get());
        return new CommandReply(
                "**Team progress, last 4 weeks** (asked for by "
                        + context.event().displayName() + "): the criteria answers missed most, and the streak board.",
                Optional.of(attachment(chart)),
                CommandReply.Audience.CHANNEL);
    }

    static ChatImage attachment(ChartImage chart) {
        return new ChatImage(chart.png(), chart.altText(), chart.fileName());
    }
}
