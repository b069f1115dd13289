package dev.mledrill.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.mledrill.app.Stores;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.Chats;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.rubric.AskedQuestion;
import dev.mledrill.rubric.Score;
import dev.mledrill.rubric.Scorer;
import dev.mledrill.store.Database;
import dev.mledrill.store.TestPosts;
import dev.mledrill.streak.StreakSummary;
import dev.mledrill.testing.RecordingChat;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Graceful shutdown of the answer path: {@link DrillService#drain} during a burst of answers. */
class DrillServiceDrainTest {
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final Instant POSTED = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private ExecutorService scoring;
    private ExecutorService senders;
    private final RecordingChat chat = new RecordingChat(Platform.SLACK);
    private final CountDownLatch gate = new CountDownLatch(1);

    @BeforeEach
    void open() {
        db = Database.h2File(dir);
        scoring = Executors.newFixedThreadPool(2);
        senders = Executors.newFixedThreadPool(4);
        TestPosts.posted(db, CHANNEL, "q1", "T100", POSTED, POSTED.plus(Duration.ofDays(1)));
    }

    @AfterEach
    void close() throws InterruptedException {
        gate.countDown();
        senders.shutdownNow();
        scoring.shutdownNow();
        senders.awaitTermination(5, TimeUnit.SECONDS);
        scoring.awaitTermination(5, TimeUnit.SECONDS);
        db.close();
    }

    /** Scores only once the gate opens, so scoring work is still queued when shutdown begins. */
    private final class GatedScorer implements Scorer {
        private final Scorer scorer = new TestScores.RecordingScorer();

        @Override
        public Score score(String answer, Optional<? extends AskedQuestion> question) {
            try {
                gate.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return scorer.score(answer, question);
        }

        @Override
        public String rubricVersion() {
            return scorer.rubricVersion();
        }
    }

    private DrillService service() {
        DrillStores stores = Stores.drillStores(db.dataSource());
        ChannelSettings settings = new ChannelSettings(
                CHANNEL,
                "drills",
                "0 0 9 ? * MON-FRI",
                ZoneOffset.UTC,
                Map.of(),
                Set.of(),
                Optional.empty(),
                FeedbackMode.THREAD,
                true,
                true,
                List.of());
        return new DrillService(
                stores,
                () -> List.of(TestScores.question("q1", "vision")),
                new GatedScorer(),
                (user, channel) -> new StreakSummary(1, 1, 0, 0),
                new Chats().register(chat),
                List.of(settings),
                scoring,
                Clock.fixed(POSTED.plusSeconds(60), ZoneOffset.UTC));
    }

    @Test
    @DisplayName("shutting down during a burst refuses new answers and scores every answer it had accepted")
    void drainScoresEveryAcceptedAnswer() throws Exception {
        // given a burst of answers from four senders, with scoring held back
        DrillService service = service();
        ConcurrentLinkedQueue<Long> accepted = new ConcurrentLinkedQueue<>();
        AtomicInteger sequence = new AtomicInteger();
        AtomicBoolean refused = new AtomicBoolean();
        for (int s = 0; s < 4; s++) {
            senders.execute(() -> {
                while (!refused.get()) {
                    int n = sequence.incrementAndGet();
                    try {
                        Receipt receipt = service.accept(new ChatEvent.AnswerPosted(
                                "ev-" + n,
                                CHANNEL,
                                "T100",
                                "M" + n,
                                new UserRef(Platform.SLACK, "T1", "U" + (n % 50)),
                                "Member",
                                "Latency went from 110 ms to 82 ms, try " + n,
                                POSTED.plusSeconds(60)));
                        accepted.add(((Receipt.Stored) receipt).answerId());
                    } catch (IllegalStateException shuttingDown) {
                        refused.set(true);
                    }
                }
            });
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> accepted.size() >= 40);

        // when the service drains while the burst goes on
        CompletableFuture<Boolean> drained = CompletableFuture.supplyAsync(() -> service.drain(Duration.ofSeconds(20)));
        await().atMost(Duration.ofSeconds(10)).untilTrue(refused);
        assertThat(drained).isNotDone();
        gate.countDown();

        // then
        assertThat(drained.get(25, TimeUnit.SECONDS)).isTrue();
        senders.shutdown();
        assertThat(senders.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(count("select count(*) from answers")).isEqualTo(accepted.size());
        assertThat(count("select count(distinct answer_id) from scores where current_score"))
                .isEqualTo(accepted.size());
        assertThat(chat.feedback).hasSize(accepted.size());
    }

    @Test
    @DisplayName(
            "draining with nothing in flight returns at once, and answers after it are refused without being stored")
    void drainWhenIdle() throws SQLException {
        // given
        DrillService service = service();
        gate.countDown();

        // when
        boolean drained = service.drain(Duration.ofSeconds(1));

        // then
        assertThat(drained).isTrue();
        assertThatThrownBy(() -> service.accept(new ChatEvent.AnswerPosted(
                        "ev-x",
                        CHANNEL,
                        "T100",
                        "MX",
                        new UserRef(Platform.SLACK, "T1", "U1"),
                        "Ana",
                        "an answer",
                        POSTED)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shutting down");
        assertThat(count("select count(*) from answers")).isZero();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.connection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
