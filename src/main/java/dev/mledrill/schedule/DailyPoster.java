package dev.mledrill.schedule;

import dev.mledrill.chat.Chats;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.drill.ChannelSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a channel's question when its drill is open: claim the channel-day (the unique key
 * decides who posts), post on the platform, record the message ids. A failed post goes back to
 * PENDING and is retried with backoff; a claim whose poster died is taken over after the lease.
 * Nothing is posted once the window has closed.
 */
public final class DailyPoster {
    private static final Logger LOG = LoggerFactory.getLogger(DailyPoster.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration MAX_RETRY = Duration.ofMinutes(10);

    private final DailyQuestions daily;
    private final PostedQuestions posts;
    private final ChannelPauses pauses;
    private final Chats chats;
    private final Clock clock;
    private final String owner;
    private final Duration lease;

    public DailyPoster(
            DailyQuestions daily,
            PostedQuestions posts,
            ChannelPauses pauses,
            Chats chats,
            Clock clock,
            String owner,
            Duration lease) {
        this.daily = Objects.requireNonNull(daily, "daily");
        this.posts = Objects.requireNonNull(posts, "posts");
        this.pauses = Objects.requireNonNull(pauses, "pauses");
        this.chats = Objects.requireNonNull(chats, "chats");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.lease = Objects.requireNonNull(lease, "lease");
    }

    /** Posts the channel's open drill if it is not posted yet and this poster wins it; true if it posted. */
    public boolean postDue(ChannelSettings settings) {
        Instant now = clock.instant();
        Optional<DrillOccurrence> open = DrillSchedule.of(settings).openAt(now);
        if (open.isEmpty() || pauses.paused(settings.channel())) {
            return false;
        }
        DrillOccurrence day = open.get();
        if (catchUpOnSkipDate(settings, day, now)) {
            return false;
        }
        PostedQuestions.Claim claim = daily.claim(settings, day, PostStatus.CLAIMED, owner);
        PostedQuestion row = claim.row();
        boolean mine = claim.created() || posts.takeOver(row.id(), owner, now, now.minus(lease));
        if (!mine) {
            return false;
        }
        PostedQuestion current = posts.byId(row.id()).orElse(row);
        if (!claim.created() && recordIfOnPlatform(settings, current, day)) {
            return false;
        }
        return post(settings, current, day);
    }

    /**
     * At start: the open day's claim that has no platform ids (a poster killed between posting and
     * recording) is looked for on the platform and recorded if found, so its thread's answers count
     * at once and it is never posted a second time. True if it found one.
     */
    public boolean recoverUnrecorded(ChannelSettings settings) {
        Optional<DrillOccurrence> open = DrillSchedule.of(settings).openAt(clock.instant());
        if (open.isEmpty()) {
            return false;
        }
        Optional<PostedQuestion> row = posts.find(settings.channel(), open.get().drillDate());
        boolean unrecorded = row.isPresent()
                && row.get().messageId().isEmpty()
                && (row.get().status() == PostStatus.CLAIMED || row.get().status() == PostStatus.PENDING);
        return unrecorded && recordIfOnPlatform(settings, row.get(), open.get());
    }

    private boolean recordIfOnPlatform(ChannelSettings settings, PostedQuestion row, DrillOccurrence day) {
        Optional<DailyQuestion> question = daily.withQuestion(row, day);
        if (question.isEmpty()) {
            return false;
        }
        try {
            Optional<PostedMessage> found =
                    chats.get(settings.channel().platform()).findQuestion(questionPost(settings, question.get(), day));
            if (found.isPresent() && posts.markFound(row.id(), found.get(), clock.instant())) {
                LOG.info(
                        "question {} for {} on {} was already on the platform (its id had not been recorded):"
                                + " recorded, not posted again",
                        row.questionId(),
                        settings.name(),
                        day.drillDate());
                return true;
            }
        } catch (RuntimeException e) {
            LOG.warn(
                    "could not look for the question {} already posted in {} ({}); posting it",
                    row.questionId(),
                    settings.name(),
                    e.getClass().getSimpleName());
        }
        return false;
    }

    private boolean post(ChannelSettings settings, PostedQuestion row, DrillOccurrence day) {
        Optional<DailyQuestion> question = daily.withQuestion(row, day);
        if (question.isEmpty()) {
            fail(row, "question " + row.questionId() + " is no longer in the question bank");
            return false;
        }
        try {
            PostedMessage message =
                    chats.get(settings.channel().platform()).postQuestion(questionPost(settings, question.get(), day));
            if (!posts.markPosted(row.id(), owner, message, clock.instant())) {
                LOG.warn(
                        "posted {} for {} on {} but another poster had taken it over",
                        row.questionId(),
                        settings.name(),
                        day.drillDate());
            }
            LOG.info("posted question {} in {} for {}", row.questionId(), settings.name(), day.drillDate());
            return true;
        } catch (RuntimeException e) {
            fail(row, e.getClass().getSimpleName() + ": " + e.getMessage());
            return false;
        }
    }

    /**
     * The open window belongs to an earlier day (the default window lasts until the next post, across
     * skip dates) and today is a skip date: nothing is caught up on a holiday.
     */
    private static boolean catchUpOnSkipDate(ChannelSettings settings, DrillOccurrence day, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        return !day.drillDate().equals(today) && settings.skipDates().contains(today);
    }

    private QuestionPost questionPost(ChannelSettings settings, DailyQuestion question, DrillOccurrence day) {
        boolean caughtUp = !day.drillDate().equals(LocalDate.ofInstant(clock.instant(), settings.zone()));
        return new QuestionPost(settings.channel(), question.question(), day.drillDate(), day.closesAt(), caughtUp);
    }

    private void fail(PostedQuestion row, String error) {
        Duration wait = backoff(row.attempts());
        LOG.warn(
                "posting {} in {} failed (attempt {}), retrying in {}: {}",
                row.questionId(),
                row.channel().id(),
                row.attempts(),
                wait,
                error);
        posts.markFailed(row.id(), owner, error, clock.instant().plus(wait));
    }

    /** 30 s, 1 min, 2 min, ... capped at 10 min. */
    static Duration backoff(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 10));
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait;
    }
}
