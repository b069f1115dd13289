package dev.mledrill.command;

import dev.mledrill.chat.ChatImage;
import dev.mledrill.chat.CommandReply;
import dev.mledrill.progress.ChartImage;
import dev.mledrill.progress.ProgressCharts;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
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
    private final ProgressCharts charts;
    private final Function<CommandContext, CommandReply> textStats;

    /** @param textStats the text summary the personal chart goes with ({@link PersonalReplies#stats}) */
    public ProgressReplies(ProgressCharts charts, PersonalReplies textStats) {
        this(charts, textStats::stats);
    }

    ProgressReplies(ProgressCharts charts, Function<CommandContext, CommandReply> textStats) {
        this.charts = charts;
        this.textStats = textStats;
    }

    CommandReply stats(CommandContext context) {
        Optional<String> what = context.arg(0).map(a -> a.toLowerCase(Locale.ROOT));
        if (what.isPresent() && !what.get().equals("team")) {
            throw new IllegalArgumentException("`/drill stats` shows your progress; `/drill stats team` the channel's. Unknown: '"
                    + what.get() + "'.");
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
        return chart.map(c -> new CommandReply(text.markdown(), Optional.of(attachment(c)), CommandReply.Audience.CALLER))
                .orElse(text);
    }

    private CommandReply team(CommandContext context) {
        if (context.settings().isEmpty()) {
            return new CommandReply("`/drill stats team` works in a drill channel; this one has no drill configured.");
        }
        ChartImage chart = charts.team(context.settings().get());
        return new CommandReply("**Team progress, last 4 weeks** (asked for by " + context.event().displayName()
                + "): the criteria answers missed most, and the streak board.",
                Optional.of(attachment(chart)), CommandReply.Audience.CHANNEL);
    }

    static ChatImage attachment(ChartImage chart) {
        return new ChatImage(chart.png(), chart.altText(), chart.fileName());
    }
}
