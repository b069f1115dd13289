package dev.mledrill.command;

import dev.mledrill.chat.CommandReply;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.schedule.ChannelPauses;
import dev.mledrill.schedule.DailyQuestion;
import dev.mledrill.schedule.DailyQuestions;
import dev.mledrill.schedule.DrillSchedule;
import dev.mledrill.schedule.PostStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code /drill today}, {@code schedule}, {@code pause} and {@code resume}. */
public final class ScheduleReplies {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm zzz", Locale.ENGLISH);
    private static final String NOT_CONFIGURED = "This channel has no drill configured. An admin can add it under"
            + " `channels` in `config/mle-drill.yaml`.";

    private final DailyQuestions daily;
    private final ChannelPauses pauses;
    private final Clock clock;

    public ScheduleReplies(DailyQuestions daily, ChannelPauses pauses, Clock clock) {
        this.daily = daily;
        this.pauses = pauses;
        this.clock = clock;
    }

    CommandReply today(CommandContext context) {
        if (context.settings().isEmpty()) {
            return new CommandReply(NOT_CONFIGURED);
        }
        ChannelSettings settings = context.settings().get();
        if (pauses.paused(settings.channel())) {
            return new CommandReply("Drills are paused in this channel. An admin can `/drill resume` them.");
        }
        Optional<DailyQuestion> current = daily.current(settings);
        if (current.isEmpty()) {
            return new CommandReply("No drill is open right now. " + nextPost(settings));
        }
        DailyQuestion today = current.get();
        String where = today.post().status() == PostStatus.POSTED
                ? "Reply in the question's thread"
                : "It is being posted in this channel now; reply in its thread";
        return new CommandReply("**Today's question** (" + today.question().category() + ", "
                + today.question().difficulty().id() + ")\n> "
                + today.question().prompt().strip().replace("\n", "\n> ")
                + "\n" + where + " before " + WHEN.format(today.occurrence().closesAt()) + ".");
    }

    CommandReply schedule(CommandContext context) {
        if (context.settings().isEmpty()) {
            return new CommandReply(NOT_CONFIGURED);
        }
        ChannelSettings s = context.settings().get();
        LocalDate today = clock.instant().atZone(s.zone()).toLocalDate();
        String skips = s.skipDates().stream()
                .filter(d -> !d.isBefore(today))
                .sorted()
                .map(LocalDate::toString)
                .collect(Collectors.joining(", "));
        String rotation = s.rotation().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + " "
                        + e.getValue())
                .collect(Collectors.joining(", "));
        return new CommandReply("**Schedule of " + s.name() + "**"
                + "\n- cron: `" + s.schedule() + "` in " + s.zone().getId()
                + "\n- " + nextPost(s)
                + "\n- answer window: "
                + s.answerWindow()
                        .map(w -> w.toString().substring(2).toLowerCase(Locale.ROOT))
                        .orElse("until the next scheduled post")
                + "\n- rotation: " + (rotation.isEmpty() ? "any category every day" : rotation)
                + "\n- upcoming skip dates: " + (skips.isEmpty() ? "none" : skips)
                + "\n- status: " + (pauses.paused(s.channel()) ? "**paused**" : "running"));
    }

    CommandReply pause(CommandContext context, boolean pause) {
        if (context.settings().isEmpty()) {
            return new CommandReply(NOT_CONFIGURED);
        }
        pauses.setPaused(context.settings().get().channel(), pause);
        return new CommandReply(
                pause
                        ? "Drills are paused in this channel: no question is posted until `/drill resume`. Streaks are not broken by days without a post."
                        : "Drills resumed. " + nextPost(context.settings().get()));
    }

    private String nextPost(ChannelSettings settings) {
        return DrillSchedule.of(settings)
                .nextAfter(clock.instant())
                .map(o -> "Next question: " + WHEN.format(o.postAt()) + ".")
                .orElse("The schedule has no further post.");
    }
}
