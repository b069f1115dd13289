package dev.mledrill.app.config;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import dev.mledrill.chat.AnswerMode;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.RevealMode;
import dev.mledrill.chat.WrapUpPlace;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.drill.ProgressOptions;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one entry of {@code channels} into {@link ChannelSettings}, recording what is wrong with it. */
final class ChannelReader {
    static final Set<String> KEYS = Set.of(
            "platform",
            "team",
            "channel",
            "name",
            "schedule",
            "time_zone",
            "rotation",
            "skip_dates",
            "answer_window",
            "feedback",
            "wrap_up",
            "show_names",
            "admins",
            "weekly_summary",
            "reminders",
            "remind_before",
            "follow_up",
            "answers",
            "reveal");
    private static final CronParser QUARTZ =
            new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*([mhd])");

    private ChannelReader() {}

    static Optional<ChannelSettings> read(YamlSection s) {
        s.allowOnly(KEYS);
        Optional<Platform> platform = s.text("platform").isEmpty()
                ? missing(s, "platform", "slack, discord or console")
                : s.parse("platform", s.text("platform").get(), Platform::fromId, "expected slack, discord or console");
        boolean console = platform.map(p -> p == Platform.CONSOLE).orElse(false);
        String team = console
                ? s.text("team", AppConfig.CONSOLE_CHANNEL.team())
                : required(s, "team", "the Slack team id (T...) or Discord server id");
        String channel = console
                ? s.text("channel", AppConfig.CONSOLE_CHANNEL.id())
                : required(s, "channel", "the channel id (Slack C..., Discord snowflake)");
        String schedule = console
                ? s.text("schedule", AppConfig.CONSOLE_SCHEDULE)
                : required(s, "schedule", "a Quartz cron such as '0 0 9 ? * MON-FRI'");
        validateCron(s, schedule);
        Optional<ZoneId> zone = console && s.text("time_zone").isEmpty()
                ? Optional.of(ZoneId.systemDefault())
                : zone(s, required(s, "time_zone", "an IANA time zone such as Europe/Berlin"));
        Map<DayOfWeek, String> rotation = rotation(s.section("rotation"));
        Set<LocalDate> skipDates = new HashSet<>();
        for (String date : s.list("skip_dates")) {
            s.parse("skip_dates", date, LocalDate::parse, "expected dates as YYYY-MM-DD")
                    .ifPresent(skipDates::add);
        }
        Optional<Duration> window = s.text("answer_window").flatMap(w -> duration(s, "answer_window", w));
        Optional<FeedbackMode> feedback = s.parse(
                "feedback", s.text("feedback", "ephemeral"), FeedbackMode::fromId, "expected ephemeral, thread or dm");
        Optional<WrapUpPlace> wrapUp = s.parse(
                "wrap_up",
                s.text("wrap_up", "thread").toLowerCase(Locale.ROOT),
                WrapUpPlace::fromId,
                "expected thread or channel");
        boolean showNames = s.bool("show_names").orElse(true);
        List<String> admins = s.list("admins");
        ProgressOptions progress = new ProgressOptions(
                onOff(s, "weekly_summary"),
                onOff(s, "reminders"),
                s.text("remind_before")
                        .flatMap(d -> duration(s, "remind_before", d))
                        .orElse(ProgressOptions.DEFAULT_REMIND_BEFORE));
        boolean followUp = onOff(s, "follow_up", "on");
        Optional<AnswerMode> answers =
                s.parse("answers", s.text("answers", "thread"), AnswerMode::fromId, "expected thread or private");
        Optional<RevealMode> reveal =
                s.parse("reveal", s.text("reveal", "top3"), RevealMode::fromId, "expected all, top3 or none");
        if (platform.isEmpty()
                || team.isEmpty()
                || channel.isEmpty()
                || zone.isEmpty()
                || feedback.isEmpty()
                || wrapUp.isEmpty()
                || answers.isEmpty()
                || reveal.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChannelSettings(
                new ChannelRef(platform.get(), team, channel),
                s.text("name", ""),
                schedule,
                zone.get(),
                rotation,
                skipDates,
                window,
                feedback.get(),
                wrapUp.get() == WrapUpPlace.THREAD,
                showNames,
                admins,
                progress,
                followUp,
                answers.get(),
                reveal.get()));
    }

    /** {@code on} or {@code off} (true/false and yes/no too); absent is off. */
    private static boolean onOff(YamlSection s, String key) {
        return onOff(s, key, "off");
    }

    private static boolean onOff(YamlSection s, String key, String absent) {
        String value = s.text(key, absent).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> {
                s.problem(key, "expected on or off, got '" + value + "'");
                yield false;
            }
        };
    }

    private static <T> Optional<T> missing(YamlSection s, String key, String expected) {
        s.problem(key, "required (" + expected + ")");
        return Optional.empty();
    }

    private static String required(YamlSection s, String key, String expected) {
        Optional<String> value = s.text(key).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            missing(s, key, expected);
        }
        return value.orElse("");
    }

    private static void validateCron(YamlSection s, String schedule) {
        if (schedule.isEmpty()) {
            return;
        }
        try {
            QUARTZ.parse(schedule).validate();
        } catch (IllegalArgumentException e) {
            s.problem(
                    "schedule",
                    "invalid cron '" + schedule + "' (expected Quartz syntax: seconds minutes hours "
                            + "day-of-month month day-of-week, e.g. '0 0 9 ? * MON-FRI'): " + e.getMessage());
        }
    }

    private static Optional<ZoneId> zone(YamlSection s, String zone) {
        if (zone.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(zone));
        } catch (DateTimeException e) {
            s.problem("time_zone", "unknown time zone '" + zone + "' (expected an IANA zone such as Europe/Berlin)");
            return Optional.empty();
        }
    }

    private static Map<DayOfWeek, String> rotation(YamlSection s) {
        Map<DayOfWeek, String> rotation = new EnumMap<>(DayOfWeek.class);
        for (Iterator<String> days = s.keys(); days.hasNext(); ) {
            String day = days.next();
            Optional<DayOfWeek> weekday = weekday(day);
            if (weekday.isEmpty()) {
                s.problem(day, "not a weekday (expected monday ... sunday)");
            } else {
                s.text(day)
                        .filter(c -> !c.isEmpty())
                        .ifPresent(c -> rotation.put(weekday.get(), c.toLowerCase(Locale.ROOT)));
            }
        }
        return rotation;
    }

    private static Optional<DayOfWeek> weekday(String day) {
        String wanted = day.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(wanted) || d.name().substring(0, 3).equals(wanted)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** "90m", "8h", "2d", or ISO-8601 such as "PT8H". */
    private static Optional<Duration> duration(YamlSection s, String key, String text) {
        Matcher shortForm = SHORT_DURATION.matcher(text.toLowerCase(Locale.ROOT));
        Optional<Duration> parsed;
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            parsed = Optional.of(
                    switch (shortForm.group(2)) {
                        case "m" -> Duration.ofMinutes(amount);
                        case "h" -> Duration.ofHours(amount);
                        default -> Duration.ofDays(amount);
                    });
        } else {
            parsed = s.parse(key, text, Duration::parse, "expected a duration such as 8h, 90m, 2d or PT8H");
        }
        if (parsed.isPresent() && (parsed.get().isZero() || parsed.get().isNegative())) {
            s.problem(key, "must be longer than zero, got '" + text + "'");
            return Optional.empty();
        }
        return parsed;
    }
}
