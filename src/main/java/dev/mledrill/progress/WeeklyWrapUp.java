package dev.mledrill.progress;

import dev.mledrill.chat.ChatImage;
import dev.mledrill.chat.Chats;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.schedule.ChannelJob;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Friday weekly wrap-up of a channel with {@code weekly_summary: on}: from 17:00 in the
 * channel's zone until the end of Friday, once per week (claimed in the database like posts),
 * the week's answer count in words with the team chart attached. A week with no scored answer
 * gets no wrap-up; a Friday the bot was down all evening is skipped, never posted late.
 */
public final class WeeklyWrapUp implements ChannelJob {
    static final LocalTime POST_FROM = LocalTime.of(17, 0);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(WeeklyWrapUp.class);

    private final WeeklySummaries summaries;
    private final TeamHistory team;
    private final ProgressCharts charts;
    private final Chats chats;
    private final Clock clock;

    public WeeklyWrapUp(WeeklySummaries summaries, TeamHistory team, ProgressCharts charts, Chats chats, Clock clock) {
        this.summaries = summaries;
        this.team = team;
        this.charts = charts;
        this.chats = chats;
        this.clock = clock;
    }

    @Override
    public void run(ChannelSettings settings) {
        postDue(settings);
    }

    /** True if this call posted the week's wrap-up. */
    public boolean postDue(ChannelSettings settings) {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(settings.zone());
        if (!settings.progress().weeklySummary()
                || local.getDayOfWeek() != DayOfWeek.FRIDAY
                || local.toLocalTime().isBefore(POST_FROM)) {
            return false;
        }
        LocalDate monday = local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int answers = team.missed(
                        settings.channel(), monday.atStartOfDay(settings.zone()).toInstant(), now)
                .scoredAnswers();
        if (answers == 0 || !summaries.claim(settings.channel(), monday, now, now.minus(LEASE))) {
            return false;
        }
        try {
            ChartImage chart = charts.team(settings);
            chats.get(settings.channel().platform())
                    .postInChannel(
                            settings.channel(),
                            text(answers),
                            Optional.of(new ChatImage(chart.png(), chart.altText(), chart.fileName())));
            summaries.markPosted(settings.channel(), monday, clock.instant());
            return true;
        } catch (RuntimeException e) {
            LOG.warn("weekly wrap-up of {} failed, will retry: {}", settings.name(), e.toString());
            summaries.release(settings.channel(), monday);
            return false;
        }
    }

    static String text(int answers) {
        return "**Weekly wrap-up:** " + answers + (answers == 1 ? " scored answer" : " scored answers") + " this week."
                + " The chart shows the criteria answers missed most over the last 4 weeks, and the streak board."
                + " `/drill stats` shows your own progress.";
    }
}
