package dev.mledrill.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.mledrill.app.Stores;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.Chats;
import dev.mledrill.chat.FeedbackMessage;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Scorer;
import dev.mledrill.store.Database;
import dev.mledrill.store.TestPosts;
import dev.mledrill.streak.StreakSummary;
import dev.mledrill.testing.RecordingChat;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrillServiceTest {
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final UserRef ALICE = new UserRef(Platform.SLACK, "T1", "U1");
    private static final Instant POSTED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant CLOSES = POSTED.plus(Duration.ofHours(24));
    private static final List<Question> BANK = List.of(
            TestScores.question("q1", "vision"), TestScores.question("q2", "nlp"), TestScores.question("q3", "nlp"));

    @TempDir
    Path dir;

    private Database db;
    private ExecutorService executor;
    private final RecordingChat chat = new RecordingChat(Platform.SLACK);

    @BeforeEach
    void open() {
        db = Database.h2File(dir);
        executor = Executors.newSingleThreadExecutor();
        TestPosts.posted(db, CHANNEL, "q1", "T100", POSTED, CLOSES);
    }

    @AfterEach
    void close() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        db.close();
    }

    private DrillService service(Scorer scorer) {
        return service(scorer, executor);
    }

    private DrillService service(Scorer scorer, java.util.concurrent.Executor executor) {
        return service(scorer, executor, Stores.drillStores(db.dataSource()));
    }

    private DrillService service(Scorer scorer, java.util.concurrent.Executor executor, DrillStores stores) {
        ChannelSettings settings = new ChannelSettings(
                CHANNEL,
                "drills",
                "0 0 9 ? * MON-FRI",
                ZoneOffset.UTC,
                Map.of(),
                java.util.Set.of(),
                Optional.empty(),
                FeedbackMode.THREAD,
                true,
                true,
                List.of());
        return new DrillService(
                stores,
                () -> BANK,
                scorer,
                (user, channel) -> new StreakSummary(3, 5, 0, 1),
                new Chats().register(chat),
                List.of(settings),
                executor,
                Clock.fixed(POSTED.plusSeconds(600), ZoneOffset.UTC));
    }

    private static ChatEvent.AnswerPosted reply(String messageId, String text, Instant at) {
        return new ChatEvent.AnswerPosted("ev-" + messageId, CHANNEL, "T100", messageId, ALICE, "Alice", text, at);
    }

    @Test
    @DisplayName(
            "a reply arriving before its question's thread is recorded waits for the record instead of being dropped")
    void replyRacingThePostIsStored() {
        // given the next day's question claimed and on the platform, its thread recorded 150 ms later
        var posts = new dev.mledrill.store.JdbcPostedQuestions(db.dataSource());
        java.time.ZonedDateTime at = POSTED.plus(Duration.ofDays(1)).atZone(ZoneOffset.UTC);
        var claim = posts.claimDay(
                CHANNEL,
                "drills",
                new dev.mledrill.schedule.DrillOccurrence(at.toLocalDate(), at, at.plusHours(24)),
                BANK.get(1),
                dev.mledrill.schedule.PostStatus.CLAIMED,
                "poster",
                at.toInstant());
        var recorded = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> posts.markPosted(
                        claim.row().id(),
                        "poster",
                        new dev.mledrill.chat.PostedMessage("T200", "T200"),
                        at.toInstant()),
                java.util.concurrent.CompletableFuture.delayedExecutor(
                        150, java.util.concurrent.TimeUnit.MILLISECONDS));

        // when a reply in that thread arrives first
        Receipt receipt = service(new TestScores.RecordingScorer())
                .accept(new ChatEvent.AnswerPosted(
                        "ev-R1",
                        CHANNEL,
                        "T200",
                        "R1",
                        ALICE,
                        "Alice",
                        "Shutter lag went from 300 ms to 120 ms.",
                        at.toInstant().plusMillis(20)));

        // then it is stored once the thread is known
        assertThat(recorded.join()).isTrue();
        assertThat(receipt).isInstanceOf(Receipt.Stored.class);
    }

    @Test
    @DisplayName("a post recorded between the thread lookup and the claim check still takes the reply")
    void postRecordedBetweenTheTwoReadsIsSeen() {
        // given the next day's question claimed, and its thread recorded just as the reply asks whether a post is
        // in progress: after the reply's thread lookup missed it, before the claim check
        var posts = new dev.mledrill.store.JdbcPostedQuestions(db.dataSource());
        java.time.ZonedDateTime at = POSTED.plus(Duration.ofDays(1)).atZone(ZoneOffset.UTC);
        var claim = posts.claimDay(
                CHANNEL,
                "drills",
                new dev.mledrill.schedule.DrillOccurrence(at.toLocalDate(), at, at.plusHours(24)),
                BANK.get(1),
                dev.mledrill.schedule.PostStatus.CLAIMED,
                "poster",
                at.toInstant());
        DrillStores real = Stores.drillStores(db.dataSource());
        QuestionThreads recordingMidway = new QuestionThreads() {
            @Override
            public Optional<AnswerTarget> find(ChannelRef channel, String threadId, UserRef user) {
                return real.threads().find(channel, threadId, user);
            }

            @Override
            public boolean postInProgress(ChannelRef channel) {
                posts.markPosted(
                        claim.row().id(),
                        "poster",
                        new dev.mledrill.chat.PostedMessage("T200", "T200"),
                        at.toInstant());
                return real.threads().postInProgress(channel);
            }

            @Override
            public Optional<AnswerTarget.Daily> postedBefore(ChannelRef channel, Instant when) {
                return real.threads().postedBefore(channel, when);
            }

            @Override
            public AnswerTarget.Practice recordPractice(
                    UserRef user,
                    Optional<ChannelRef> requestedIn,
                    dev.mledrill.chat.PostedMessage posted,
                    String questionId,
                    Instant when) {
                return real.threads().recordPractice(user, requestedIn, posted, questionId, when);
            }
        };
        DrillStores stores = new DrillStores(real.answers(), real.scores(), recordingMidway, real.copies());

        // when the reply arrives
        Receipt receipt = service(new TestScores.RecordingScorer(), executor, stores)
                .accept(new ChatEvent.AnswerPosted(
                        "ev-R2",
                        CHANNEL,
                        "T200",
                        "R2",
                        ALICE,
                        "Alice",
                        "Shutter lag went from 300 ms to 120 ms.",
                        at.toInstant().plusMillis(20)));

        // then it is stored, not dropped as a reply in an unknown thread
        assertThat(receipt).isInstanceOf(Receipt.Stored.class);
    }

    @Test
    @DisplayName("a reply in the question's thread is stored, then scored, and its feedback goes back to the thread")
    void storedThenScored() {
        TestScores.RecordingScorer scorer = new TestScores.RecordingScorer();

        Receipt receipt =
                service(scorer).accept(reply("M1", "Shutter lag went from 300 ms to 120 ms.", POSTED.plusSeconds(60)));

        assertThat(receipt).isInstanceOf(Receipt.Stored.class);
        await().until(() -> chat.feedback.size() == 1);
        FeedbackMessage feedback = chat.feedback.get(0);
        assertThat(feedback.answerMessageId()).isEqualTo("M1");
        assertThat(feedback.threadId()).isEqualTo("T100");
        assertThat(feedback.mode()).isEqualTo(FeedbackMode.THREAD);
        assertThat(feedback.question().id()).isEqualTo("q1");
        assertThat(feedback.currentStreak()).isEqualTo(3);
        assertThat(feedback.rescored()).isFalse();
        assertThat(feedback.late()).isFalse();
    }

    @Test
    @DisplayName("a scorer that throws leaves the answer stored, and the recovery pass scores it later")
    void scorerFailureLosesNothing() throws Exception {
        Receipt receipt = service(new TestScores.FailingScorer())
                .accept(reply("M1", "kept even if scoring fails", POSTED.plusSeconds(60)));
        long id = ((Receipt.Stored) receipt).answerId();
        executor.submit(() -> {}).get();

        assertThat(count("select count(*) from answers where id = " + id)).isEqualTo(1);
        assertThat(count("select count(*) from scores")).isZero();

        int queued = service(new TestScores.RecordingScorer()).rescoreUnscored();

        assertThat(queued).isEqualTo(1);
        await().until(() -> count("select count(*) from scores where current_score and answer_id = " + id) == 1);
        await().until(() -> chat.feedback.size() == 1);
    }

    @Test
    @DisplayName("an empty answer and a 40,000-character answer are refused with a clear message and not stored")
    void refusesEmptyAndOversized() throws Exception {
        DrillService drill = service(new TestScores.RecordingScorer());

        Receipt empty = drill.accept(reply("M1", " \u200B\n ", POSTED.plusSeconds(60)));
        Receipt huge = drill.accept(reply("M2", "a".repeat(40_000), POSTED.plusSeconds(60)));

        assertThat(empty)
                .isInstanceOfSatisfying(
                        Receipt.Rejected.class, r -> assertThat(r.userMessage()).contains("empty"));
        assertThat(huge)
                .isInstanceOfSatisfying(
                        Receipt.Rejected.class,
                        r -> assertThat(r.userMessage()).contains("40,000").contains("10,000"));
        assertThat(count("select count(*) from answers")).isZero();
    }

    @Test
    @DisplayName(
            "emoji and zero-width characters: the original is stored, the scorer sees the text without invisible characters")
    void zeroWidthStrippedForScoringOnly() throws Exception {
        TestScores.RecordingScorer scorer = new TestScores.RecordingScorer();
        String text = "📱 Pre\u200Bview 🚀 at 30\u200D fps\uFEFF";

        Receipt receipt = service(scorer).accept(reply("M1", text, POSTED.plusSeconds(60)));

        await().until(() -> scorer.seen.size() == 1);
        assertThat(scorer.seen.get(0)).isEqualTo("📱 Preview 🚀 at 30 fps");
        try (Connection c = db.connection();
                ResultSet rs = c.createStatement()
                        .executeQuery("select body from answers where id = " + ((Receipt.Stored) receipt).answerId())) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(text);
        }
    }

    @Test
    @DisplayName("a NUL character, which PostgreSQL cannot store, is stored as U+FFFD instead of failing the answer")
    void nulCharacterStoredAsReplacement() throws Exception {
        Receipt receipt = service(new TestScores.RecordingScorer())
                .accept(reply("M1", "Latency fell\u0000 from 90 ms to 40 ms", POSTED.plusSeconds(60)));

        try (Connection c = db.connection();
                ResultSet rs = c.createStatement()
                        .executeQuery("select body from answers where id = " + ((Receipt.Stored) receipt).answerId())) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("Latency fell\uFFFD from 90 ms to 40 ms");
        }
    }

    @Test
    @DisplayName("a message outside any question's thread is ignored")
    void unknownThreadIgnored() {
        Receipt receipt = service(new TestScores.RecordingScorer())
                .accept(new ChatEvent.AnswerPosted("e", CHANNEL, "other", "M9", ALICE, "Alice", "hello", POSTED));

        assertThat(receipt).isInstanceOf(Receipt.Ignored.class);
    }

    @Test
    @DisplayName("an edit inside the window is rescored and its feedback says so; after the window it is not")
    void edits() throws Exception {
        DrillService drill = service(new TestScores.RecordingScorer());
        drill.accept(reply("M1", "short", POSTED.plusSeconds(60)));
        await().until(() -> chat.feedback.size() == 1);

        Receipt inside = drill.accept(new ChatEvent.AnswerEdited(
                "ed1",
                CHANNEL,
                "T100",
                "M1",
                ALICE,
                "a much longer answer with numbers: 120 ms",
                POSTED.plusSeconds(120)));
        await().until(() -> chat.feedback.size() == 2);
        Receipt outside = drill.accept(new ChatEvent.AnswerEdited(
                "ed2", CHANNEL, "T100", "M1", ALICE, "edited too late", CLOSES.plusSeconds(1)));
        executor.submit(() -> {}).get();

        assertThat(inside).isInstanceOf(Receipt.Stored.class);
        assertThat(chat.feedback.get(1).rescored()).isTrue();
        assertThat(chat.feedback.get(1).score().total())
                .isGreaterThan(chat.feedback.get(0).score().total());
        assertThat(outside).isInstanceOf(Receipt.Stored.class);
        assertThat(chat.feedback).hasSize(2);
        assertThat(count("select count(*) from scores")).isEqualTo(2);
        assertThat(count("select count(*) from answer_edits")).isEqualTo(2);
    }

    @Test
    @DisplayName("a reply refused as empty and then edited into an answer is received as a new answer")
    void refusedThenEdited() throws Exception {
        DrillService drill = service(new TestScores.RecordingScorer());
        Receipt refused = drill.accept(reply("M1", "\u200B", POSTED.plusSeconds(60)));

        Receipt edited = drill.accept(new ChatEvent.AnswerEdited(
                "ed1", CHANNEL, "T100", "M1", ALICE, "Now with numbers: 120 ms on a Pixel 8", POSTED.plusSeconds(90)));

        assertThat(refused).isInstanceOf(Receipt.Rejected.class);
        assertThat(edited).isInstanceOf(Receipt.Stored.class);
        await().until(() -> chat.feedback.size() == 1);
        assertThat(chat.feedback.get(0).rescored()).isFalse();
    }

    @Test
    @DisplayName("a deleted answer is withdrawn from scores")
    void deletion() throws Exception {
        DrillService drill = service(new TestScores.RecordingScorer());
        drill.accept(reply("M1", "to be deleted", POSTED.plusSeconds(60)));
        await().until(() -> chat.feedback.size() == 1);

        Receipt receipt = drill.accept(new ChatEvent.AnswerDeleted("del", CHANNEL, "M1", POSTED.plusSeconds(90)));

        assertThat(receipt).isInstanceOf(Receipt.Withdrawn.class);
        assertThat(count("select count(*) from answers where withdrawn_at is not null"))
                .isEqualTo(1);
        assertThat(count("select count(*) from scores where current_score")).isZero();
    }

    @Test
    @DisplayName("the synchronous answer returns the score and the streak, and a late one is marked late")
    void synchronousAnswer() {
        DrillService drill = service(new TestScores.RecordingScorer());

        ScoredAnswer onTime = drill.answer(ALICE, "Alice", CHANNEL, "T100", "On time answer", POSTED.plusSeconds(5));
        ScoredAnswer late = drill.answer(ALICE, "Alice", CHANNEL, "T100", "Late answer", CLOSES.plusSeconds(5));

        assertThat(onTime.score().total()).isEqualTo(14);
        assertThat(onTime.streak().current()).isEqualTo(3);
        assertThat(onTime.answer().late()).isFalse();
        assertThat(late.answer().late()).isTrue();
        assertThatThrownBy(() -> drill.answer(ALICE, "Alice", CHANNEL, "T100", "", POSTED))
                .isInstanceOf(AnswerRejected.class)
                .hasMessageContaining("empty");
    }

    @Test
    @DisplayName("a practice question goes to the user, and an answer in its thread is scored as practice")
    void practice() {
        DrillService drill = service(new TestScores.RecordingScorer());

        Question question = drill.startPractice(ALICE, CHANNEL, Optional.of("NLP"));
        String thread = "p1";
        Receipt receipt = drill.accept(new ChatEvent.AnswerPosted(
                "e1",
                new ChannelRef(Platform.SLACK, "T1", "D1"),
                thread,
                "M5",
                ALICE,
                "Alice",
                "practice answer",
                POSTED.plusSeconds(700)));

        assertThat(question.category()).isEqualTo("nlp");
        assertThat(chat.practice)
                .singleElement()
                .satisfies(p -> assertThat(p.question()).isEqualTo(question));
        assertThat(receipt).isInstanceOf(Receipt.Stored.class);
        await().until(() -> chat.feedback.size() == 1);
        assertThat(chat.feedback.get(0).practice()).isTrue();
        assertThat(chat.feedback.get(0).question()).isEqualTo(question);
        assertThat(drill.startPractice(ALICE, CHANNEL, Optional.of("nlp"))).isNotEqualTo(question);
        assertThatThrownBy(() -> drill.startPractice(ALICE, CHANNEL, Optional.of("cooking")))
                .hasMessageContaining("unknown category 'cooking'");
    }

    @Test
    @DisplayName("an answer queued twice (live event and recovery pass) is scored once and gets one feedback")
    void scoredOnce() throws Exception {
        java.util.List<Runnable> queued = new java.util.ArrayList<>();
        DrillService drill = service(new TestScores.RecordingScorer(), queued::add);

        drill.accept(reply("M1", "an answer", POSTED.plusSeconds(60)));
        drill.rescoreUnscored();
        queued.forEach(Runnable::run);

        assertThat(queued).hasSize(2);
        assertThat(chat.feedback).hasSize(1);
        assertThat(count("select count(*) from scores")).isEqualTo(1);
    }

    private int count(String sql) throws Exception {
        try (Connection c = db.connection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
