package dev.mledrill.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.app.config.AppConfig;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.store.Database;
import dev.mledrill.streak.Scope;
import dev.mledrill.testing.MutableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Three service instances on one database for thirty simulated days (across Europe's and New
 * York's daylight-saving changes): they tick together, one of them restarts every day, and every
 * answer is delivered to two instances at once, as Socket Mode connections or Discord shards can.
 * Re-run per database by its subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SeveralInstancesContract {
    private static final Instant START = Instant.parse("2026-10-19T00:00:00Z");
    private static final Instant END = Instant.parse("2026-11-18T00:00:00Z");
    private static final Duration STEP = Duration.ofHours(1);
    private static final List<String> ANSWERS = List.of(
            "Users notice shutter lag, so the target was 40 ms per frame on a Pixel 7. Int8 took the detector from"
                    + " 95 ms to 38 ms, and mAP stayed within 0.4 points of the FP32 model.",
            "I would quantize the model and prune it. It should be fast enough.",
            "Typing must feel instant, so next-word suggestions had to appear within 20 ms on a mid-range phone."
                    + " A distilled 6-layer student ran in 14 ms instead of 31 ms at 0.6 points lower top-3 accuracy"
                    + " than the teacher, and nothing typed leaves the device.");
    private static final List<UserRef> PEOPLE = List.of(
            new UserRef(Platform.SLACK, "T1", "UALICE"),
            new UserRef(Platform.SLACK, "T1", "UBOB"),
            new UserRef(Platform.DISCORD, "G1", "UCAROL"));

    private final MutableClock clock = new MutableClock(START);
    private final SharedChat slack = new SharedChat(Platform.SLACK, clock);
    private final SharedChat discord = new SharedChat(Platform.DISCORD, clock);
    private final List<ChannelSettings> channels = List.of(
            channel(new ChannelRef(Platform.SLACK, "T1", "CBERLIN"), "Europe/Berlin", "0 0 9 ? * MON-FRI"),
            channel(new ChannelRef(Platform.DISCORD, "G1", "CNEWYORK"), "America/New_York", "0 0 8 ? * MON-FRI"));
    private final ExecutorService threads = Executors.newFixedThreadPool(3);
    private final Set<String> answeredThreads = new TreeSet<>();
    private int messages;
    private int deliveries;
    private int restarts;

    /** Opens a new connection pool on the shared database; the first call also empties it. */
    protected abstract Database openDatabase(boolean fresh);

    /** The {@code database} configuration value that reaches the same database. */
    protected abstract String databaseSetting();

    @BeforeAll
    void simulateThirtyDays() throws Exception {
        openDatabase(true).close();
        List<ServiceInstance> running = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            running.add(newInstance());
        }
        for (Instant now = START; now.isBefore(END); now = now.plus(STEP)) {
            clock.set(now);
            if (now.atZone(ZoneOffset.UTC).getHour() == 12) {
                int victim = restarts++ % 3;
                running.get(victim).close();
                running.set(victim, newInstance());
            }
            together(running.stream()
                    .<Callable<Void>>map(i -> () -> {
                        i.scheduler.tick();
                        return null;
                    })
                    .toList());
            answerNewQuestions(running);
        }
        running.forEach(ServiceInstance::close);
    }

    @AfterAll
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    @DisplayName("every scheduled channel-day is posted exactly once by three instances with daily restarts")
    void exactlyOnePostPerChannelDay() {
        for (SharedChat chat : List.of(slack, discord)) {
            Map<LocalDate, Long> perDay = chat.posts.stream()
                    .collect(Collectors.groupingBy(p -> p.post().drillDate(), Collectors.counting()));
            assertThat(perDay)
                    .as(chat.platform().id())
                    .allSatisfy((day, n) -> assertThat(n).as(day.toString()).isEqualTo(1L));
            assertThat(perDay.keySet()).as(chat.platform().id()).containsExactlyInAnyOrderElementsOf(weekdays());
        }
        assertThat(count("select count(*) from posted_questions")).isEqualTo(slack.posts.size() + discord.posts.size());
        assertThat(count("select count(distinct thread_id) from posted_questions"))
                .isEqualTo(count("select count(*) from posted_questions"));
        assertThat(restarts).isEqualTo(30);
    }

    @Test
    @DisplayName("an answer delivered to two instances is stored once, scored once and gets one feedback")
    void exactlyOneScorePerAnswer() {
        assertThat(deliveries).isEqualTo(2 * messages);
        assertThat(count("select count(*) from answers")).isEqualTo(messages);
        assertThat(count("select count(*) from scores")).isEqualTo(messages);
        assertThat(
                        count(
                                "select count(*) from (select answer_id from scores group by answer_id having count(*) > 1) twice"))
                .isZero();
        assertThat(slack.feedbackPerMessage().values())
                .allSatisfy(n -> assertThat(n).isEqualTo(1));
        assertThat(slack.feedbackPerMessage().size()
                        + discord.feedbackPerMessage().size())
                .isEqualTo(messages);
    }

    @Test
    @DisplayName("every window that closed is wrapped up once")
    void oneWrapUpPerClosedWindow() {
        for (SharedChat chat : List.of(slack, discord)) {
            assertThat(chat.wrapUps).extracting(w -> w.threadId()).doesNotHaveDuplicates();
            assertThat(chat.wrapUps).hasSize(chat.posts.size() - 1);
        }
    }

    @Test
    @DisplayName("the all-time standings the instances kept equal what the stored answers and scores add up to")
    void keptStandingsAddUp() {
        String kept = rows("select scope_id, user_id, points, answered from standings where scope = 'channel'"
                + " order by scope_id, user_id");
        String summed =
                rows("select g.channel_id, g.user_id, sum(g.best), count(*) from (select a.user_id, pq.channel_id,"
                        + " a.posted_question_id, coalesce(max(s.total), 0) as best from answers a"
                        + " join posted_questions pq on pq.id = a.posted_question_id"
                        + " left join scores s on s.answer_id = a.id and s.current_score = true"
                        + " where a.late = false and a.practice = false and a.withdrawn_at is null and a.copy_flag is null"
                        + " group by a.user_id, pq.channel_id, a.posted_question_id) g group by g.channel_id, g.user_id"
                        + " order by g.channel_id, g.user_id");
        assertThat(kept).isNotEmpty().isEqualTo(summed);
    }

    private void answerNewQuestions(List<ServiceInstance> running) throws Exception {
        List<Callable<Void>> deliveriesNow = new ArrayList<>();
        for (SharedChat chat : List.of(slack, discord)) {
            for (SharedChat.Post post : chat.posts) {
                if (!answeredThreads.add(post.posted().threadId())) {
                    continue;
                }
                for (int p = 0; p < PEOPLE.size(); p++) {
                    UserRef person = PEOPLE.get(p);
                    if (person.platform() != chat.platform()) {
                        continue;
                    }
                    String messageId = "reply-" + (++messages);
                    ChatEvent.AnswerPosted event = new ChatEvent.AnswerPosted(
                            "ev-" + messageId,
                            post.post().channel(),
                            post.posted().threadId(),
                            messageId,
                            person,
                            person.id(),
                            ANSWERS.get(messages % ANSWERS.size()),
                            clock.instant());
                    ServiceInstance first = running.get(messages % 3);
                    ServiceInstance second = running.get((messages + 1) % 3);
                    for (ServiceInstance target : List.of(first, second)) {
                        deliveries++;
                        deliveriesNow.add(() -> {
                            target.drill.accept(event);
                            return null;
                        });
                    }
                }
            }
        }
        together(deliveriesNow);
    }

    private ServiceInstance newInstance() {
        AppConfig config = new AppConfig(
                databaseSetting(),
                Path.of("questions"),
                Path.of("config", "rubric.yaml"),
                channels,
                new AppConfig.Streak(Scope.CHANNEL, 2),
                AppConfig.Slack.DEFAULT,
                AppConfig.Discord.DEFAULT,
                AppConfig.Retention.KEEP);
        return new ServiceInstance(config, List.of(slack, discord), clock);
    }

    private void together(List<Callable<Void>> work) throws Exception {
        for (Future<Void> done : threads.invokeAll(work)) {
            done.get();
        }
    }

    /** The weekdays simulated, and Friday 16 Oct, whose window is still open when the instances first start. */
    private Set<LocalDate> weekdays() {
        Set<LocalDate> days = new TreeSet<>(Set.of(LocalDate.of(2026, 10, 16)));
        for (LocalDate d = LocalDate.ofInstant(START, ZoneOffset.UTC);
                d.isBefore(LocalDate.ofInstant(END, ZoneOffset.UTC));
                d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                days.add(d);
            }
        }
        return days;
    }

    /** Rows as text, numbers rounded so sums added up in another order compare equal. */
    private String rows(String sql) {
        StringBuilder text = new StringBuilder();
        try (Database db = openDatabase(false);
                Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                text.append(rs.getLong(1))
                        .append(' ')
                        .append(rs.getLong(2))
                        .append(String.format(java.util.Locale.ROOT, " %.6f ", rs.getDouble(3)))
                        .append(rs.getLong(4))
                        .append('\n');
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private long count(String sql) {
        try (Database db = openDatabase(false);
                Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ChannelSettings channel(ChannelRef ref, String zone, String cron) {
        return new ChannelSettings(
                ref,
                "#" + ref.id(),
                cron,
                ZoneId.of(zone),
                Map.of(),
                Set.of(),
                Optional.empty(),
                FeedbackMode.THREAD,
                true,
                true,
                List.of());
    }
}
