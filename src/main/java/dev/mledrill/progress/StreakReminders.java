package dev.mledrill.progress;

import dev.mledrill.chat.Chats;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.schedule.ChannelJob;
import dev.mledrill.streak.StreakSummary;
import dev.mledrill.streak.Streaks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streak reminders: {@code remind_before} the answer window closes, a DM to each person who
 * wants reminders, has a running streak of at least {@value #MIN_STREAK} and has not answered
 * yet; never in their quiet hours, at most one a day, and each claimed in the database before it
 * is sent, so a restart or a second instance never sends it twice.
 */
public final class StreakReminders implements ChannelJob {
    static final int MIN_STREAK = 2;
    /** A claim whose sender died before recording the send is taken over after this. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private static final Logger LOG = LoggerFactory.getLogger(StreakReminders.class);
    private static final DateTimeFormatter CLOSES = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final Reminders reminders;
    private final Streaks streaks;
    private final Chats chats;
    private final Clock clock;

    public StreakReminders(Reminders reminders, Streaks streaks, Chats chats, Clock clock) {
        this.reminders = reminders;
        this.streaks = streaks;
        this.chats = chats;
        this.clock = clock;
    }

    @Override
    public void run(ChannelSettings settings) {
        remind(settings);
    }

    /** Returns how many reminders this call sent. */
    public int remind(ChannelSettings settings) {
        Instant now = clock.instant();
        Optional<Reminders.OpenPost> post = reminders.closingBetween(
                settings.channel(), now, now.plus(settings.progress().remindBefore()));
        if (post.isEmpty()) {
            return 0;
        }
        int sent = 0;
        for (Reminders.Candidate candidate : reminders.candidates(
                settings.channel(),
                post.get().id(),
                settings.progress().reminders(),
                now.minus(Duration.ofHours(20)))) {
            if (candidate
                    .quiet()
                    .map(q -> q.contains(now.atZone(settings.zone()).toLocalTime()))
                    .orElse(false)) {
                continue;
            }
            StreakSummary streak = streaks.of(candidate.user(), settings.channel());
            if (streak.current() < MIN_STREAK
                    || !reminders.claim(candidate.user(), post.get().id(), now, now.minus(LEASE))) {
                continue;
            }
            try {
                chats.get(settings.channel().platform())
                        .sendDirect(candidate.user(), text(settings, streak, post.get()), Optional.empty());
                reminders.markSent(candidate.user(), post.get().id(), clock.instant());
                sent++;
            } catch (RuntimeException e) {
                LOG.warn("streak reminder for a member of {} failed, will retry: {}", settings.name(), e.toString());
                reminders.release(candidate.user(), post.get().id());
            }
        }
        return sent;
    }

    static String text(ChannelSettings settings, StreakSummary streak, Reminders.OpenPost post) {
        ZonedDateTime closes = post.windowClosesAt().atZone(settings.zone());
        return "Your " + streak.current() + "-day streak in **#" + settings.name() + "** is waiting for today's answer:"
                + " the question closes at " + CLOSES.format(closes) + " ("
                + settings.zone().getId() + ")."
                + " Reply in its thread to keep it going. `/drill remind off` stops these reminders.";
    }
}
