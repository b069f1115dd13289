package dev.mledrill.schedule;

import dev.mledrill.chat.Chat;
import dev.mledrill.chat.Chats;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.question.Question;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the "7 answers so far" line of a private-answers channel's open question up to date: on
 * each scheduler tick, a count that changed is edited into the question message, at most once per
 * {@link #AT_MOST_EVERY} per question (a conditional update in the database, so several instances
 * share the limit). Counts only, never names.
 */
public final class LiveAnswerCounts implements ChannelJob {
    static final Duration AT_MOST_EVERY = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(LiveAnswerCounts.class);

    private final AnswerCounts counts;
    private final DailyQuestions daily;
    private final Chats chats;
    private final Clock clock;

    public LiveAnswerCounts(AnswerCounts counts, DailyQuestions daily, Chats chats, Clock clock) {
        this.counts = Objects.requireNonNull(counts, "counts");
        this.daily = Objects.requireNonNull(daily, "daily");
        this.chats = Objects.requireNonNull(chats, "chats");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void run(ChannelSettings settings) {
        if (!settings.privateAnswers()) {
            return;
        }
        Optional<Chat> chat = chats.find(settings.channel().platform());
        if (chat.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (AnswerCounts.OpenQuestion open : counts.open(settings.channel(), now)) {
            if (open.answers() != open.shown().orElse(0)
                    && counts.claimShowing(open.id(), open.answers(), now, now.minus(AT_MOST_EVERY))) {
                show(chat.get(), settings, open);
            }
        }
    }

    private void show(Chat chat, ChannelSettings settings, AnswerCounts.OpenQuestion open) {
        Optional<Question> question = daily.question(open.questionId());
        if (question.isEmpty()) {
            return;
        }
        LocalDate postedOn = open.postedAt().atZone(settings.zone()).toLocalDate();
        QuestionPost post = new QuestionPost(
                settings.channel(),
                question.get(),
                open.drillDate(),
                open.windowClosesAt().atZone(settings.zone()),
                postedOn.isAfter(open.drillDate()));
        try {
            chat.showAnswerCount(post, new PostedMessage(open.messageId(), open.threadId()), open.answers());
        } catch (RuntimeException e) {
            LOG.warn(
                    "the answer count of {}'s question of {} could not be updated ({}); next tick retries",
                    settings.name(),
                    open.drillDate(),
                    e.toString());
            counts.releaseShowing(open.id(), open.shown(), open.shownAt());
        }
    }
}
