package dev.mledrill.schedule;

import dev.mledrill.chat.Chats;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.question.Question;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a channel's answer windows: unposted questions whose window closed become MISSED (never
 * posted late), and each posted question gets one wrap-up, taken with a conditional update so two
 * instances don't both post it; a wrap-up that fails on the platform is given back and retried.
 */
public final class WrapUpPoster {
    private static final Logger LOG = LoggerFactory.getLogger(WrapUpPoster.class);

    private final PostedQuestions posts;
    private final PostResults results;
    private final DailyQuestions daily;
    private final WrapUpComposer composer;
    private final Chats chats;
    private final Clock clock;

    public WrapUpPoster(
            PostedQuestions posts,
            PostResults results,
            DailyQuestions daily,
            WrapUpComposer composer,
            Chats chats,
            Clock clock) {
        this.posts = Objects.requireNonNull(posts, "posts");
        this.results = Objects.requireNonNull(results, "results");
        this.daily = Objects.requireNonNull(daily, "daily");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.chats = Objects.requireNonNull(chats, "chats");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Returns how many wrap-ups this call posted. */
    public int closeWindows(ChannelSettings settings) {
        Instant now = clock.instant();
        int missed = posts.markMissed(settings.channel(), now);
        if (missed > 0) {
            LOG.warn("{} question(s) of {} were never posted before their window closed", missed, settings.name());
        }
        int posted = 0;
        for (PostedQuestion post : posts.awaitingWrapUp(settings.channel(), now)) {
            if (posts.claimWrapUp(post.id(), now) && wrapUp(settings, post)) {
                posted++;
            }
        }
        return posted;
    }

    private boolean wrapUp(ChannelSettings settings, PostedQuestion post) {
        Optional<Question> question = daily.question(post.questionId());
        if (question.isEmpty()) {
            LOG.warn(
                    "no wrap-up for {} in {}: question {} left the bank",
                    post.drillDate(),
                    settings.name(),
                    post.questionId());
            return false;
        }
        try {
            chats.get(settings.channel().platform())
                    .postWrapUp(composer.compose(settings, post, question.get(), results.results(post.id())));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("wrap-up of {} in {} failed, will retry: {}", post.drillDate(), settings.name(), e.toString());
            posts.releaseWrapUp(post.id());
            return false;
        }
    }
}
