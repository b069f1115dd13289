package dev.mledrill.schedule;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import dev.mledrill.drill.ChannelSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A channel's posting schedule: a Quartz cron expression evaluated in the channel's zone (so
 * 09:00 stays 09:00 across daylight-saving changes), minus skip dates, with its answer window.
 * A channel drills at most once per day: the day's first firing is its post time.
 */
public final class DrillSchedule {
    private static final CronParser PARSER =
            new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));
    /** How far to walk past skip dates before giving up (several years of daily holidays). */
    private static final int MAX_FIRINGS = 2000;
    /** The window of a last-ever post when no answer window is configured. */
    private static final Duration LAST_POST_WINDOW = Duration.ofDays(1);

    private static final Map<ChannelSettings, DrillSchedule> PARSED = new ConcurrentHashMap<>();

    private final ExecutionTime times;
    private final ZoneId zone;
    private final Set<LocalDate> skipDates;
    private final Optional<Duration> answerWindow;
    private volatile Latest latest;

    private DrillSchedule(Cron cron, ZoneId zone, Set<LocalDate> skipDates, Optional<Duration> answerWindow) {
        this.times = ExecutionTime.forCron(cron);
        this.zone = zone;
        this.skipDates = Set.copyOf(skipDates);
        this.answerWindow = answerWindow;
    }

    /** The schedule of a channel; parsed once per distinct settings (configuration is fixed while running). */
    public static DrillSchedule of(ChannelSettings settings) {
        return PARSED.computeIfAbsent(settings, s -> {
            answerWindowMustBePositive(s);
            return new DrillSchedule(parse(s.schedule()), s.zone(), s.skipDates(), s.answerWindow());
        });
    }

    /** Parses a Quartz cron expression, or says clearly what is wrong with it. */
    public static Cron parse(String expression) {
        try {
            return PARSER.parse(expression.trim()).validate();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "invalid schedule '" + expression + "' (expected a Quartz cron such as " + "'0 0 9 ? * MON-FRI'): "
                            + e.getMessage(),
                    e);
        }
    }

    private static void answerWindowMustBePositive(ChannelSettings settings) {
        settings.answerWindow().ifPresent(w -> {
            if (w.isNegative() || w.isZero()) {
                throw new IllegalArgumentException(
                        "answer window of " + settings.name() + " must be positive, not " + w);
            }
        });
    }

    public ZoneId zone() {
        return zone;
    }

    /** The drill whose answer window contains {@code now}, if any: what is due to be posted. */
    public Optional<DrillOccurrence> openAt(Instant now) {
        Latest latest = this.latest;
        if (latest == null || now.isBefore(latest.day().postAt().toInstant()) || !now.isBefore(latest.nextPost())) {
            Optional<ZonedDateTime> last = lastPostAtOrBefore(now);
            if (last.isEmpty()) {
                return Optional.empty();
            }
            Instant next = nextPostAfter(endOf(last.get()))
                    .map(ZonedDateTime::toInstant)
                    .orElse(Instant.MAX);
            latest = new Latest(occurrence(last.get()), next);
            this.latest = latest;
        }
        return latest.day().isOpenAt(now) ? Optional.of(latest.day()) : Optional.empty();
    }

    /** The latest drill computed, valid until the next post (cron evaluation is the costly part of a tick). */
    private record Latest(DrillOccurrence day, Instant nextPost) {}

    private ZonedDateTime endOf(ZonedDateTime post) {
        return post.toLocalDate().plusDays(1).atStartOfDay(zone).minusSeconds(1);
    }

    /** The next drill that starts strictly after {@code now}. */
    public Optional<DrillOccurrence> nextAfter(Instant now) {
        return nextPostAfter(now.atZone(zone)).map(this::occurrence);
    }

    /** The drill of a given day, if the schedule posts on it. */
    public Optional<DrillOccurrence> on(LocalDate date) {
        return nextPostAfter(date.atStartOfDay(zone).minusSeconds(1))
                .filter(p -> p.toLocalDate().equals(date))
                .map(this::occurrence);
    }

    private DrillOccurrence occurrence(ZonedDateTime postAt) {
        ZonedDateTime closes = answerWindow
                .map(postAt::plus)
                .or(() -> nextPostAfter(endOf(postAt)))
                .orElse(postAt.plus(LAST_POST_WINDOW));
        return new DrillOccurrence(postAt.toLocalDate(), postAt, closes);
    }

    private Optional<ZonedDateTime> lastPostAtOrBefore(Instant now) {
        ZonedDateTime cursor =
                now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1).atZone(zone);
        for (int i = 0; i < MAX_FIRINGS; i++) {
            Optional<ZonedDateTime> last = times.lastExecution(cursor);
            if (last.isEmpty()) {
                return Optional.empty();
            }
            ZonedDateTime firing = last.get();
            if (!skipDates.contains(firing.toLocalDate())) {
                return Optional.of(firstFiringOn(firing));
            }
            cursor = firing.toLocalDate().atStartOfDay(zone);
        }
        return Optional.empty();
    }

    private Optional<ZonedDateTime> nextPostAfter(ZonedDateTime after) {
        ZonedDateTime cursor = after;
        for (int i = 0; i < MAX_FIRINGS; i++) {
            Optional<ZonedDateTime> next = times.nextExecution(cursor);
            if (next.isEmpty() || !skipDates.contains(next.get().toLocalDate())) {
                return next;
            }
            cursor = next.get().toLocalDate().plusDays(1).atStartOfDay(zone).minusSeconds(1);
        }
        return Optional.empty();
    }

    private ZonedDateTime firstFiringOn(ZonedDateTime firing) {
        return times.nextExecution(firing.toLocalDate().atStartOfDay(zone).minusSeconds(1))
                .orElse(firing);
    }
}
