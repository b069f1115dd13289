package dev.mledrill.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.chat.Chats;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcChannelPauses;
import dev.mledrill.testing.Channels;
import dev.mledrill.testing.Instance;
import dev.mledrill.testing.MutableClock;
import dev.mledrill.testing.RecordingChat;
import dev.mledrill.testing.TestQuestions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DailyPosterTest {
    private static final ChannelSettings CHANNEL =
            Channels.weekdays("C1", "Europe/Berlin", "0 0 9 ? * MON-FRI", Set.of());
    private static final LocalDate TUESDAY = LocalDate.of(2026, 6, 9);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-09T07:00:00Z"));
    private final RecordingChat slack = new RecordingChat(Platform.SLACK, clock);
    private final Database database = Database.h2InMemory("poster-" + System.nanoTime());
    private final Instance instance = new Instance(
            database,
            List.of(CHANNEL),
            TestQuestions.bank(3, "quantization"),
            new Chats().register(slack),
            clock,
            "alive");

    @AfterEach
    void close() {
        instance.close();
    }

    @Test
    @DisplayName("a claim whose poster died is taken over only after the lease, then posted once")
    void staleClaimIsTakenOver() {
        DrillOccurrence day = DrillSchedule.of(CHANNEL).on(TUESDAY).orElseThrow();
        instance.daily.claim(CHANNEL, day, PostStatus.CLAIMED, "dead-instance");

        instance.scheduler.tick();
        clock.advance(Instance.LEASE.minusSeconds(1));
        instance.scheduler.tick();
        assertThat(slack.questions).isEmpty();

        clock.advance(Duration.ofSeconds(2));
        instance.scheduler.tick();
        instance.scheduler.tick();
        assertThat(slack.questions).hasSize(1);
        assertThat(instance.posts.find(CHANNEL.channel(), TUESDAY).orElseThrow().status())
                .isEqualTo(PostStatus.POSTED);
    }

    @Test
    @DisplayName(
            "a claim whose post reached the platform but was never recorded (poster killed) is found at start, not posted again")
    void unrecordedPostIsFoundAtStart() {
        // given a poster that claimed Tuesday, posted, and was killed before recording the ids
        DrillOccurrence day = DrillSchedule.of(CHANNEL).on(TUESDAY).orElseThrow();
        PostedQuestion claim = instance.daily
                .claim(CHANNEL, day, PostStatus.CLAIMED, "killed-instance")
                .row();
        QuestionPost onPlatform = new QuestionPost(
                CHANNEL.channel(),
                instance.daily.withQuestion(claim, day).orElseThrow().question(),
                TUESDAY,
                day.closesAt());
        String messageId = slack.postQuestion(onPlatform).messageId();

        // when the next instance starts, and its scheduler ticks past the lease
        boolean found = instance.poster.recoverUnrecorded(CHANNEL);
        clock.advance(Instance.LEASE.plusMinutes(1));
        instance.scheduler.tick();

        // then the post is recorded with the platform's id, and there is still one post
        assertThat(found).isTrue();
        PostedQuestion row = instance.posts.find(CHANNEL.channel(), TUESDAY).orElseThrow();
        assertThat(row.status()).isEqualTo(PostStatus.POSTED);
        assertThat(row.messageId()).contains(messageId);
        assertThat(slack.questions).hasSize(1);
    }

    @Test
    @DisplayName(
            "a stale claim taken over after the lease is recorded from the platform when its post is already there")
    void takeOverFindsThePostFirst() {
        DrillOccurrence day = DrillSchedule.of(CHANNEL).on(TUESDAY).orElseThrow();
        PostedQuestion claim = instance.daily
                .claim(CHANNEL, day, PostStatus.CLAIMED, "killed-instance")
                .row();
        slack.postQuestion(new QuestionPost(
                CHANNEL.channel(),
                instance.daily.withQuestion(claim, day).orElseThrow().question(),
                TUESDAY,
                day.closesAt()));

        clock.advance(Instance.LEASE.plusSeconds(1));
        instance.scheduler.tick();

        assertThat(slack.questions).hasSize(1);
        assertThat(instance.posts.find(CHANNEL.channel(), TUESDAY).orElseThrow().status())
                .isEqualTo(PostStatus.POSTED);
    }

    @Test
    @DisplayName(
            "started the morning after a missed post, it posts that day's question naming its day; on a skip date it posts nothing")
    void caughtUpPostNamesItsDayAndSkipDatesPostNothing() {
        // given Tuesday 09:00's post was missed: the service starts Wednesday 08:00 Berlin, inside Tuesday's window
        clock.set(Instant.parse("2026-06-10T06:00:00Z"));
        RecordingChat holidaySlack = new RecordingChat(Platform.SLACK, clock);
        ChannelSettings holiday =
                Channels.weekdays("C2", "Europe/Berlin", "0 0 9 ? * MON-FRI", Set.of(TUESDAY.plusDays(1)));
        try (Instance onHoliday = new Instance(
                Database.h2InMemory("poster-holiday-" + System.nanoTime()),
                List.of(holiday),
                TestQuestions.bank(3, "quantization"),
                new Chats().register(holidaySlack),
                clock,
                "alive")) {

            // when both channels tick; C2 has Wednesday as a skip date
            instance.scheduler.tick();
            onHoliday.scheduler.tick();

            // then C1 catches Tuesday up under its own date, and C2 posts nothing on its holiday
            assertThat(slack.questions).singleElement().satisfies(post -> {
                assertThat(post.post().drillDate()).isEqualTo(TUESDAY);
                assertThat(post.post().caughtUp()).isTrue();
                assertThat(post.post().heading()).isEqualTo("Drill for Tue 9 Jun");
            });
            assertThat(holidaySlack.questions).isEmpty();
        }
    }

    @Test
    @DisplayName("a paused channel posts nothing; resumed inside the window, it posts the day's question once")
    void pausedChannelSkipsPosting() {
        JdbcChannelPauses pauses = new JdbcChannelPauses(database.dataSource(), clock);
        pauses.setPaused(CHANNEL.channel(), true);

        instance.scheduler.tick();
        assertThat(slack.questions).isEmpty();

        pauses.setPaused(CHANNEL.channel(), false);
        clock.advance(Duration.ofHours(2));
        instance.scheduler.tick();
        instance.scheduler.tick();
        assertThat(slack.questions).extracting(p -> p.post().drillDate()).containsExactly(TUESDAY);
    }

    @Test
    @DisplayName(
            "a question chosen by /drill today but never posted is marked missed when its window closes, never posted late")
    void chosenButUnpostedBecomesMissed() {
        new JdbcChannelPauses(database.dataSource(), clock).setPaused(CHANNEL.channel(), true);
        instance.daily.current(CHANNEL);

        clock.set(Instant.parse("2026-06-10T07:00:01Z"));
        instance.scheduler.tick();

        assertThat(instance.posts.find(CHANNEL.channel(), TUESDAY).orElseThrow().status())
                .isEqualTo(PostStatus.MISSED);
        assertThat(slack.questions).isEmpty();
    }

    @Test
    @DisplayName("started, the scheduler ticks on its own thread and posts the due question")
    void startedSchedulerTicks() {
        instance.scheduler.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.questions.size() == 1);
        assertThat(slack.questions.get(0).post().drillDate()).isEqualTo(TUESDAY);
    }
}
