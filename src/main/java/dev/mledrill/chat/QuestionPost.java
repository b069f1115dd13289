package dev.mledrill.chat;

import dev.mledrill.question.Question;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/** A channel's question for one drill day, with when its answer window closes (channel zone). */
public record QuestionPost(ChannelRef channel, Question question, LocalDate drillDate, ZonedDateTime windowClosesAt) {
    public QuestionPost {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(drillDate, "drillDate");
        Objects.requireNonNull(windowClosesAt, "windowClosesAt");
    }
}
