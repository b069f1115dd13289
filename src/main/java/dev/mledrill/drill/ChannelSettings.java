package dev.mledrill.drill;

import dev.mledrill.chat.AnswerMode;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.RevealMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How one channel drills, as configured in {@code config/mle-drill.yaml}.
 *
 * @param schedule     cron expression (Quartz syntax, e.g. {@code 0 0 9 ? * MON-FRI}) in {@code zone}
 * @param rotation     category per weekday; a day without an entry takes any category
 * @param skipDates    holidays: no post, and streaks are not broken
 * @param answerWindow how long answers count; empty means until the next scheduled post
 * @param wrapUpInThread wrap-up as a reply in the question's thread (true) or in the channel
 * @param showNames    whether wrap-ups and leaderboards may name people in this channel
 * @param admins       platform user ids allowed to run admin commands besides workspace admins
 * @param progress     weekly wrap-up and streak reminder options
 * @param followUp     whether a weak answer's feedback ends with one follow-up probe (option {@code follow_up})
 * @param answers      answers as thread replies, or written privately and revealed at the close
 * @param reveal       which private answers the wrap-up reveals (ignored for thread answers, which are public)
 */
public record ChannelSettings(
        ChannelRef channel,
        String name,
        String schedule,
        ZoneId zone,
        Map<DayOfWeek, String> rotation,
        Set<LocalDate> skipDates,
        Optional<Duration> answerWindow,
        FeedbackMode feedback,
        boolean wrapUpInThread,
        boolean showNames,
        List<String> admins,
        ProgressOptions progress,
        boolean followUp,
        AnswerMode answers,
        RevealMode reveal) {

    /** A channel whose answers are thread replies (the default), with follow-up probes on or off. */
    public ChannelSettings(
            ChannelRef channel,
            String name,
            String schedule,
            ZoneId zone,
            Map<DayOfWeek, String> rotation,
            Set<LocalDate> skipDates,
            Optional<Duration> answerWindow,
            FeedbackMode feedback,
            boolean wrapUpInThread,
            boolean showNames,
            List<String> admins,
            ProgressOptions progress,
            boolean followUp) {
        this(
                channel,
                name,
                schedule,
                zone,
                rotation,
                skipDates,
                answerWindow,
                feedback,
                wrapUpInThread,
                showNames,
                admins,
                progress,
                followUp,
                AnswerMode.THREAD,
                RevealMode.TOP3);
    }

    /** A channel with follow-up probes on (the default) and these answer options. */
    public ChannelSettings(
            ChannelRef channel,
            String name,
            String schedule,
            ZoneId zone,
            Map<DayOfWeek, String> rotation,
            Set<LocalDate> skipDates,
            Optional<Duration> answerWindow,
            FeedbackMode feedback,
            boolean wrapUpInThread,
            boolean showNames,
            List<String> admins,
            ProgressOptions progress,
            AnswerMode answers,
            RevealMode reveal) {
        this(
                channel,
                name,
                schedule,
                zone,
                rotation,
                skipDates,
                answerWindow,
                feedback,
                wrapUpInThread,
                showNames,
                admins,
                progress,
                true,
                answers,
                reveal);
    }

    /** A channel with the default progress options (no weekly wrap-up, reminders off). */
    public ChannelSettings(
            ChannelRef channel,
            String name,
            String schedule,
            ZoneId zone,
            Map<DayOfWeek, String> rotation,
            Set<LocalDate> skipDates,
            Optional<Duration> answerWindow,
            FeedbackMode feedback,
            boolean wrapUpInThread,
            boolean showNames,
            List<String> admins) {
        this(
                channel,
                name,
                schedule,
                zone,
                rotation,
                skipDates,
                answerWindow,
                feedback,
                wrapUpInThread,
                showNames,
                admins,
                ProgressOptions.DEFAULTS);
    }

    /** A channel with follow-up probes on and answers in the thread (the defaults). */
    public ChannelSettings(
            ChannelRef channel,
            String name,
            String schedule,
            ZoneId zone,
            Map<DayOfWeek, String> rotation,
            Set<LocalDate> skipDates,
            Optional<Duration> answerWindow,
            FeedbackMode feedback,
            boolean wrapUpInThread,
            boolean showNames,
            List<String> admins,
            ProgressOptions progress) {
        this(
                channel,
                name,
                schedule,
                zone,
                rotation,
                skipDates,
                answerWindow,
                feedback,
                wrapUpInThread,
                showNames,
                admins,
                progress,
                true);
    }

    public ChannelSettings {
        Objects.requireNonNull(channel, "channel");
        name = name == null || name.isBlank() ? channel.id() : name;
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(zone, "zone");
        rotation = Map.copyOf(rotation);
        skipDates = Set.copyOf(skipDates);
        answerWindow = answerWindow == null ? Optional.empty() : answerWindow;
        Objects.requireNonNull(feedback, "feedback");
        admins = List.copyOf(admins);
        progress = progress == null ? ProgressOptions.DEFAULTS : progress;
        answers = answers == null ? AnswerMode.THREAD : answers;
        reveal = reveal == null ? RevealMode.TOP3 : reveal;
    }

    /** Whether answers are written privately (and revealed at the close). */
    public boolean privateAnswers() {
        return answers == AnswerMode.PRIVATE;
    }

    /** The same channel with these answer options. */
    public ChannelSettings withAnswers(AnswerMode answers, RevealMode reveal) {
        return new ChannelSettings(
                channel,
                name,
                schedule,
                zone,
                rotation,
                skipDates,
                answerWindow,
                feedback,
                wrapUpInThread,
                showNames,
                admins,
                progress,
                followUp,
                answers,
                reveal);
    }
}
