package dev.mledrill.chat;

import dev.mledrill.question.Question;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A channel's question for one drill day, with when its answer window closes (channel zone).
 * {@code caughtUp}: posted on a later day than its own (the service was down at post time), so
 * the post names its day instead of saying "today".
 */
public record QuestionPost(
        ChannelRef channel, Question question, LocalDate drillDate, ZonedDateTime windowClosesAt, boolean caughtUp) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    public QuestionPost {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(drillDate, "drillDate");
        Objects.requireNonNull(windowClosesAt, "windowClosesAt");
    }

    /** Posted on its own day. */
    public QuestionPost(ChannelRef channel, Question question, LocalDate drillDate, ZonedDateTime windowClosesAt) {
        this(channel, question, drillDate, windowClosesAt, false);
    }

    /** "Today's drill", or for a caught-up post "Drill for Fri 4 Dec". */
    public String heading() {
        return caughtUp ? "Drill for " + DAY.format(drillDate) : "Today's drill";
    }
}
