package dev.mledrill.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.app.Stores;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.Chats;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.leaderboard.FlaggedAnswers;
import dev.mledrill.question.Question;
import dev.mledrill.question.QuestionBankLoader;
import dev.mledrill.rubric.RubricLoader;
import dev.mledrill.rubric.RubricScorer;
import dev.mledrill.schedule.WrapUpComposer;
import dev.mledrill.schedule.WrapUpFacts;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcAnswerStats;
import dev.mledrill.store.JdbcPostResults;
import dev.mledrill.store.JdbcStreaks;
import dev.mledrill.store.TestPosts;
import dev.mledrill.streak.Scope;
import dev.mledrill.streak.StreakPolicy;
import dev.mledrill.testing.RecordingChat;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An answer written for another question, through the real answer path (DrillService, the real
 * scorer and bank, H2 with the real migrations): scored with the off_topic flag, and visible as
 * such in the wrap-up and in the author's stats.
 */
class OffTopicFlowTest {
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final UserRef ALICE = new UserRef(Platform.SLACK, "T1", "UA");
    private static final UserRef BOB = new UserRef(Platform.SLACK, "T1", "UB");
    private static final Instant DAY1 = Instant.parse("2026-03-02T08:00:00Z");
    private static final List<Question> BANK =
            QuestionBankLoader.load(Path.of("questions")).all();
    private static final Question NIGHT_MODE = BANK.stream()
            .filter(q -> q.id().equals("npu-partition-cpu-fallback"))
            .findFirst()
            .orElseThrow();
    private static final Question KEYBOARD = BANK.stream()
            .filter(q -> q.id().equals("keyboard-next-word-latency-2gb"))
            .findFirst()
            .orElseThrow();

    private Database db;
    private long post;
    private ExecutorService executor;
    private DrillService drill;
    private final RecordingChat chat = new RecordingChat(Platform.SLACK);
    private final Clock clock = Clock.fixed(DAY1.plus(Duration.ofHours(30)), ZoneOffset.UTC);

    @BeforeEach
    void open() {
        db = Database.h2InMemory("offtopic-" + UUID.randomUUID());
        executor = Executors.newSingleThreadExecutor();
        post = TestPosts.posted(db, CHANNEL, NIGHT_MODE.id(), "T100", DAY1, DAY1.plus(Duration.ofHours(24)));
        StreakPolicy policy = new StreakPolicy(Scope.CHANNEL, 0);
        JdbcStreaks streaks = new JdbcStreaks(db.dataSource(), policy, c -> ZoneOffset.UTC, clock);
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
        drill = new DrillService(
                stores,
                () -> BANK,
                new RubricScorer(RubricLoader.load(RubricLoader.DEFAULT_FILE), () -> BANK),
                streaks,
                new Chats().register(chat),
                List.of(settings),
                executor,
                clock);
    }

    @AfterEach
    void close() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        db.close();
    }

    @Test
    @DisplayName(
            "an answer to another question is flagged off topic in its feedback, counted in the wrap-up and shown in the author's stats")
    void offTopicIsVisible() {
        post("A1", ALICE, NIGHT_MODE.modelAnswerText(), DAY1.plusSeconds(600));
        post("B1", BOB, KEYBOARD.modelAnswerText(), DAY1.plusSeconds(900));
        await().until(() -> chat.feedback.size() == 2);

        WrapUpFacts facts = new JdbcPostResults(db.dataSource()).results(post);
        FlaggedAnswers bob = new JdbcAnswerStats(db.dataSource()).flagged(BOB);
        FlaggedAnswers alice = new JdbcAnswerStats(db.dataSource()).flagged(ALICE);

        assertThat(chat.feedback.toString()).contains("off topic: this reads like an answer about keyboard");
        assertThat(facts.offTopic()).isEqualTo(1);
        assertThat(facts.best()).extracting(WrapUpFacts.Best::displayName).containsExactly("UA", "UB");
        assertThat(WrapUpComposer.notCounted(facts))
                .isEqualTo("1 answer was off topic (written for another question)"
                        + " and kept only a fraction of the points");
        assertThat(bob.offTopic()).isEqualTo(1);
        assertThat(alice.offTopic()).isZero();
    }

    private void post(String messageId, UserRef user, String text, Instant at) {
        Receipt receipt = drill.accept(
                new ChatEvent.AnswerPosted("ev-" + messageId, CHANNEL, "T100", messageId, user, user.id(), text, at));
        assertThat(receipt).isInstanceOf(Receipt.Stored.class);
    }
}
