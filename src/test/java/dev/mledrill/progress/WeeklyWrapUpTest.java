package dev.mledrill.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Chats;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.drill.ProgressOptions;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcLeaderboards;
import dev.mledrill.store.JdbcScoreHistory;
import dev.mledrill.store.JdbcTeamHistory;
import dev.mledrill.store.JdbcWeeklySummaries;
import dev.mledrill.streak.StreakPolicy;
import dev.mledrill.testing.MutableClock;
import dev.mledrill.testing.PngBytes;
import dev.mledrill.testing.Posts;
import dev.mledrill.testing.RecordingChat;
import dev.mledrill.testing.TestAnswers;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WeeklyWrapUpTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.DISCORD, "G1", "C1");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 6, 12);

    private final Database database = Database.h2InMemory("weekly-" + System.nanoTime());
    private final MutableClock clock =
            new MutableClock(FRIDAY.atTime(17, 30).atZone(BERLIN).toInstant());
    private final RecordingChat chat = new RecordingChat(Platform.DISCORD, clock);
    private final Chats chats = new Chats();

    @BeforeEach
    void answers() {
        System.setProperty("java.awt.headless", "true");
        chats.register(chat);
        Posts posts = new Posts(database.dataSource(), BERLIN);
        TestAnswers answers = new TestAnswers(database.dataSource());
        for (LocalDate day = FRIDAY.minusDays(4); !day.isAfter(FRIDAY); day = day.plusDays(1)) {
            long post = posts.posted(CHANNEL, day).id();
            answers.answer(
                    post,
                    new UserRef(Platform.DISCORD, "G1", "42"),
                    "Ana",
                    day.atTime(10, 0).atZone(BERLIN).toInstant(),
                    55,
                    Map.of(Criterion.FALLBACK, 1.0, Criterion.OUTCOME, 14.0));
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    private WeeklyWrapUp instance() {
        var ds = database.dataSource();
        ProgressCharts charts = new ProgressCharts(
                new JdbcScoreHistory(ds),
                new JdbcTeamHistory(ds),
                new JdbcLeaderboards(ds, StreakPolicy.DEFAULT, clock),
                clock);
        return new WeeklyWrapUp(new JdbcWeeklySummaries(ds), new JdbcTeamHistory(ds), charts, chats, clock);
    }

    private static ChannelSettings channel(boolean weekly) {
        return new ChannelSettings(
                CHANNEL,
                "ml-drills",
                "0 0 9 ? * *",
                BERLIN,
                Map.of(),
                Set.of(),
                Optional.empty(),
                FeedbackMode.THREAD,
                true,
                true,
                List.of(),
                new ProgressOptions(weekly, false, Duration.ofHours(2)));
    }

    @Test
    @DisplayName(
            "on Friday evening a channel with weekly_summary on gets one wrap-up with the team chart, even after a restart")
    void fridayOnce() {
        assertThat(instance().postDue(channel(true))).isTrue();
        clock.advance(Duration.ofMinutes(30));
        assertThat(instance().postDue(channel(true))).isFalse();

        assertThat(chat.channelPosts).hasSize(1);
        RecordingChat.ChannelPost post = chat.channelPosts.get(0);
        assertThat(post.markdown()).contains("Weekly wrap-up", "5 scored answers this week");
        assertThat(post.image()).isPresent();
        assertThat(post.image().get().altText()).contains("Team chart of ml-drills", "Fallback 100 %", "Ana 5 (5)");
        assertThat(PngBytes.image(post.image().get().png()).getWidth()).isEqualTo(TeamChart.WIDTH);
    }

    @Test
    @DisplayName("no wrap-up before Friday 17:00, on other days, or with weekly_summary off")
    void notDue() {
        clock.set(FRIDAY.atTime(16, 59).atZone(BERLIN).toInstant());
        assertThat(instance().postDue(channel(true))).isFalse();
        clock.set(FRIDAY.plusDays(1).atTime(18, 0).atZone(BERLIN).toInstant());
        assertThat(instance().postDue(channel(true))).isFalse();
        clock.set(FRIDAY.atTime(18, 0).atZone(BERLIN).toInstant());
        assertThat(instance().postDue(channel(false))).isFalse();

        assertThat(chat.channelPosts).isEmpty();
    }
}
