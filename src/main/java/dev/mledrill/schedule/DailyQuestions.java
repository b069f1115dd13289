package dev.mledrill.schedule;

import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.question.Question;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Today's question for a channel": the question of the drill whose window is open now, chosen
 * once per channel-day and stored, so the scheduler, {@code /drill today} and the terminal drill
 * all see the same one. Claim-or-get: the first caller picks and inserts it, later callers read it.
 */
public final class DailyQuestions {
    private final PostedQuestions posts;
    private final Supplier<? extends Collection<Question>> bank;
    private final QuestionPicker picker;
    private final Clock clock;

    public DailyQuestions(
            PostedQuestions posts, Supplier<? extends Collection<Question>> bank, QuestionPicker picker, Clock clock) {
        this.posts = Objects.requireNonNull(posts, "posts");
        this.bank = Objects.requireNonNull(bank, "bank");
        this.picker = Objects.requireNonNull(picker, "picker");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The question of the channel's open drill, chosen and stored now if nobody did yet (as
     * PENDING, for the scheduler to post). Empty when no answer window is open.
     */
    public Optional<DailyQuestion> current(ChannelSettings settings) {
        Instant now = clock.instant();
        return DrillSchedule.of(settings)
                .openAt(now)
                .flatMap(day -> withQuestion(
                        claim(settings, day, PostStatus.PENDING, null).row(), day));
    }

    /** The stored question of a channel-day, or a new one inserted with {@code status} for {@code owner} (null: nobody). */
    PostedQuestions.Claim claim(ChannelSettings settings, DrillOccurrence day, PostStatus status, String owner) {
        return posts.find(settings.channel(), day.drillDate())
                .map(row -> new PostedQuestions.Claim(row, false))
                .orElseGet(() -> {
                    Question question = picker.pick(
                            settings.channel().platform().id() + ":"
                                    + settings.channel().id(),
                            settings.rotation(),
                            day.drillDate().getDayOfWeek(),
                            bank.get(),
                            posts.history(settings.channel()));
                    return posts.claimDay(
                            settings.channel(), settings.name(), day, question, status, owner, clock.instant());
                });
    }

    /** The row joined with its question and drill times; empty if the question left the bank. */
    Optional<DailyQuestion> withQuestion(PostedQuestion row, DrillOccurrence day) {
        return question(row.questionId()).map(q -> new DailyQuestion(row, q, day));
    }

    public Optional<Question> question(String id) {
        return bank.get().stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
