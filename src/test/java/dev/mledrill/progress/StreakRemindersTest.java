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
import dev.mledrill.store.JdbcReminders;
import dev.mledrill.store.JdbcStreaks;
import dev.mledrill.streak.StreakPolicy;
import dev.mledrill.testing.MutableClock;
import dev.mledrill.testing.Posts;
import dev.mledrill.testing.RecordingChat;
import dev.mledrill.testing.TestAnswers;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reminders on real H2 with the real migrations and streaks, a recording chat and a fixed clock. */
class StreakRemindersTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final UserRef ANA = new UserRef(Platform.SLACK, "T1", "UANA");
    private static final UserRef BEN = new UserRef(Platform.SLACK, "T1", "UBEN");
    private static final UserRef CHO = new UserRef(Platform.SLACK, "T1", "UCHO");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    private final Database database = Database.h2InMemory("reminders-" + System.nanoTime());
    private final MutableClock clock =
            new MutableClock(TODAY.plusDays(1).atTime(7, 30).atZone(BERLIN).toInstant());
    private final RecordingChat chat = new RecordingChat(Platform.SLACK, clock);
    private final Chats chats = new Chats();
    private final JdbcReminders reminders = new JdbcReminders(database.dataSource());
    private long todaysPost;

    @BeforeEach
    void history() {
        chats.register(chat);
        Posts posts = new Posts(database.dataSource(), BERLIN);
        TestAnswers answers = new TestAnswers(database.dataSource());
        for (int back = 3; back >= 1; back--) {
            long post = posts.posted(CHANNEL, TODAY.minusDays(back)).id();
            var at = TODAY.minusDays(back).atTime(10, 0).atZone(BERLIN).toInstant();
            answers.answer(post, ANA, "Ana", at, 60, Map.of(Criterion.FALLBACK, 5.0));
            answers.answer(post, BEN, "Ben", at, 60, Map.of(Criterion.FALLBACK, 5.0));
            if (back == 1) {
                answers.answer(post, CHO, "Cho", at, 60, Map.of(Criterion.FALLBACK, 5.0));
            }
        }
        todaysPost = posts.posted(CHANNEL, TODAY).id();
        answers.answer(
                todaysPost, BEN, "Ben", TODAY.atTime(11, 0).atZone(BERLIN).toInstant(), 70, Map.of());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private StreakReminders instance() {
        return new StreakReminders(
                reminders,
                new JdbcStreaks(database.dataSource(), StreakPolicy.DEFAULT, c -> BERLIN, clock),
                chats,
                clock);
    }

    private static ChannelSettings channel(boolean remindersByDefault) {
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
                new ProgressOptions(false, remindersByDefault, Duration.ofHours(2)));
    }

    @Test
    @DisplayName(
            "in the last 2 hours only the person with a streak of 3 who has not answered gets one DM, never a second")
    void remindsOnceOnlyThoseAtRisk() {
        int first = instance().remind(channel(true));
        clock.advance(Duration.ofMinutes(30));
        int second = instance().remind(channel(true));

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(chat.directs).extracting(RecordingChat.Direct::user).containsExactly(ANA);
        assertThat(chat.directs.get(0).markdown())
                .contains("3-day streak", "#ml-drills", "closes at 09:00", "/drill remind off");
    }

    @Test
    @DisplayName(
            "nothing is sent before the window is within remind_before of closing, or with the channel default off")
    void notTooEarlyAndOptIn() {
        clock.set(TODAY.plusDays(1).atTime(6, 30).atZone(BERLIN).toInstant());
        assertThat(instance().remind(channel(true))).isZero();
        clock.set(TODAY.plusDays(1).atTime(7, 30).atZone(BERLIN).toInstant());
        assertThat(instance().remind(channel(false))).isZero();

        reminders.choose(ANA, "Ana", new Reminders.Choice(true, Optional.empty()));

        assertThat(instance().remind(channel(false))).isEqualTo(1);
    }

    @Test
    @DisplayName("a person who said /drill remind off, or is in their quiet hours, gets nothing")
    void optedOutOrQuiet() {
        reminders.choose(ANA, "Ana", new Reminders.Choice(false, Optional.empty()));
        assertThat(instance().remind(channel(true))).isZero();

        reminders.choose(
                ANA,
                "Ana",
                new Reminders.Choice(
                        true, Optional.of(new Reminders.QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0)))));
        assertThat(instance().remind(channel(true))).isZero();

        clock.set(TODAY.plusDays(1).atTime(8, 5).atZone(BERLIN).toInstant());
        assertThat(instance().remind(channel(true))).isEqualTo(1);
    }

    @Test
    @DisplayName("two instances ticking at once send each reminder once")
    void twoInstances() throws Exception {
        StreakReminders one = instance();
        StreakReminders two = instance();
        CyclicBarrier start = new CyclicBarrier(2);

        var a = CompletableFuture.supplyAsync(() -> awaitThen(start, () -> one.remind(channel(true))));
        var b = CompletableFuture.supplyAsync(() -> awaitThen(start, () -> two.remind(channel(true))));

        assertThat(a.get() + b.get()).isEqualTo(1);
        assertThat(chat.directs).hasSize(1);
    }

    @Test
    @DisplayName("a DM the platform refused is given back and sent by a later tick")
    void failedSendRetried() {
        Chats failing = new Chats();
        failing.register((dev.mledrill.chat.Chat) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {dev.mledrill.chat.Chat.class}, (proxy, method, args) -> {
                    if (method.getName().equals("platform")) {
                        return Platform.SLACK;
                    }
                    throw new IllegalStateException("slack is down (503)");
                }));
        StreakReminders broken = new StreakReminders(
                reminders,
                new JdbcStreaks(database.dataSource(), StreakPolicy.DEFAULT, c -> BERLIN, clock),
                failing,
                clock);

        assertThat(broken.remind(channel(true))).isZero();
        assertThat(instance().remind(channel(true))).isEqualTo(1);
    }

    private static int awaitThen(CyclicBarrier barrier, java.util.function.IntSupplier work) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return work.getAsInt();
    }
}
