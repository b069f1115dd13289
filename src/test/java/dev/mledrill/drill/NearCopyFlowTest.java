package dev.mledrill.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.app.Stores;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.Chats;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.PrivateNotice;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.leaderboard.LeaderboardEntry;
import dev.mledrill.leaderboard.Period;
import dev.mledrill.privacy.UserData;
import dev.mledrill.question.Question;
import dev.mledrill.schedule.WrapUpComposer;
import dev.mledrill.schedule.WrapUpFacts;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcLeaderboards;
import dev.mledrill.store.JdbcPersonalData;
import dev.mledrill.store.JdbcPostResults;
import dev.mledrill.store.JdbcStreaks;
import dev.mledrill.store.TestPosts;
import dev.mledrill.streak.Scope;
import dev.mledrill.streak.StreakPolicy;
import dev.mledrill.testing.CopyTexts;
import dev.mledrill.testing.RecordingChat;
import java.sql.Connection;
import java.sql.ResultSet;
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
 * Copied and recycled answers through the real answer path (DrillService, H2 with the real
 * migrations, the real standings): flagged, scored, told privately, and left out of leaderboards
 * and streaks; edits and withdrawals re-check them.
 */
class NearCopyFlowTest {
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final UserRef ALICE = new UserRef(Platform.SLACK, "T1", "UA");
    private static final UserRef BOB = new UserRef(Platform.SLACK, "T1", "UB");
    private static final UserRef CARL = new UserRef(Platform.SLACK, "T1", "UC");
    private static final Instant DAY1 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant DAY2 = DAY1.plus(Duration.ofDays(1));
    private static final List<Question> BANK =
            List.of(TestScores.question("q1", "vision"), TestScores.question("q2", "nlp"));

    private Database db;
    private long day1Post;
    private ExecutorService executor;
    private DrillService drill;
    private JdbcLeaderboards boards;
    private JdbcStreaks streaks;
    private final RecordingChat chat = new RecordingChat(Platform.SLACK);
    private final Clock clock = Clock.fixed(DAY2.plus(Duration.ofHours(30)), ZoneOffset.UTC);

    @BeforeEach
    void open() {
        db = Database.h2InMemory("copies-" + UUID.randomUUID());
        executor = Executors.newSingleThreadExecutor();
        day1Post = TestPosts.posted(db, CHANNEL, "q1", "T100", DAY1, DAY1.plus(Duration.ofHours(24)));
        TestPosts.posted(db, CHANNEL, "q2", "T200", DAY2, DAY2.plus(Duration.ofHours(24)));
        StreakPolicy policy = new StreakPolicy(Scope.CHANNEL, 0);
        streaks = new JdbcStreaks(db.dataSource(), policy, c -> ZoneOffset.UTC, clock);
        boards = new JdbcLeaderboards(db.dataSource(), policy, clock);
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
                new TestScores.RecordingScorer(),
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
            "a near copy of someone else's earlier answer in the thread is scored, flagged copied, told privately and not counted")
    void copiedAnswerDoesNotCount() {
        long alice = post("A1", ALICE, "T100", CopyTexts.ALICE_TEXT, DAY1.plusSeconds(600));
        long bob = post("B1", BOB, "T100", CopyTexts.BOB_COPY, DAY1.plusSeconds(900));
        long carl = post("C1", CARL, "T100", CopyTexts.CARL_HONEST, DAY1.plusSeconds(1200));
        awaitScored(3);

        assertThat(flag(alice)).isNull();
        assertThat(flag(carl)).as("an honest answer with the same key points").isNull();
        assertThat(flag(bob)).isEqualTo("copied");
        assertThat(copyOf(bob)).isEqualTo(alice);
        assertThat(chat.feedback).hasSize(3);
        assertThat(chat.notices).singleElement().satisfies(n -> {
            assertThat(n.user()).isEqualTo(BOB);
            assertThat(n.answerMessageId()).isEqualTo("B1");
            assertThat(n.text())
                    .contains("Not counted (copied)")
                    .contains("someone else")
                    .doesNotContain("UA");
        });
        assertThat(names(Period.ALL)).containsExactlyInAnyOrder("UA", "UC");
        assertThat(names(Period.WEEK)).containsExactlyInAnyOrder("UA", "UC");
        assertThat(streaks.of(BOB, CHANNEL).longest()).isZero();
        assertThat(streaks.of(ALICE, CHANNEL).longest()).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "the wrap-up counts a copy among the answers given but ranks only counted ones and names nobody; the export shows the flag")
    void wrapUpAndExport() {
        long alice = post("A1", ALICE, "T100", CopyTexts.ALICE_TEXT, DAY1.plusSeconds(600));
        post("B1", BOB, "T100", CopyTexts.BOB_COPY, DAY1.plusSeconds(900));
        awaitScored(2);

        WrapUpFacts facts = new JdbcPostResults(db.dataSource()).results(day1Post);

        assertThat(facts.answerCount()).isEqualTo(2);
        assertThat(facts.copiesNotCounted()).isEqualTo(1);
        assertThat(facts.scoredCount()).isEqualTo(1);
        assertThat(facts.best()).extracting(WrapUpFacts.Best::displayName).containsExactly("UA");
        assertThat(WrapUpComposer.notCounted(facts))
                .isEqualTo("1 answer was a near copy of an earlier answer and does not count");
        UserData.Answer exported =
                new JdbcPersonalData(db.dataSource()).export(BOB).answers().get(0);
        assertThat(exported.copyFlag()).isEqualTo("copied");
        assertThat(exported.copyOf()).isEqualTo(alice);
        assertThat(exported.copySimilarity()).isGreaterThan(0.3);
    }

    @Test
    @DisplayName("the author's own earlier answer to another question, posted again, is flagged recycled")
    void recycledAnswerDoesNotCount() {
        long first = post("A1", ALICE, "T100", CopyTexts.ALICE_TEXT, DAY1.plusSeconds(600));
        long again = post("A2", ALICE, "T200", CopyTexts.ALICE_TEXT + " Happy to discuss.", DAY2.plusSeconds(600));
        awaitScored(2);

        assertThat(flag(first)).isNull();
        assertThat(flag(again)).isEqualTo("recycled");
        assertThat(copyOf(again)).isEqualTo(first);
        assertThat(chat.notices)
                .singleElement()
                .satisfies(n -> assertThat(n.text()).contains("recycled").contains("your own earlier answer"));
        assertThat(boards.points(CHANNEL, Scope.CHANNEL, Period.ALL, ZoneOffset.UTC, 10))
                .singleElement()
                .satisfies(e -> assertThat(e.answers()).isEqualTo(1));
    }

    @Test
    @DisplayName("an edit into the author's own words clears the flag, says so privately, and the answer counts again")
    void editClearsTheFlag() {
        post("A1", ALICE, "T100", CopyTexts.ALICE_TEXT, DAY1.plusSeconds(600));
        long bob = post("B1", BOB, "T100", CopyTexts.BOB_COPY, DAY1.plusSeconds(900));
        awaitScored(2);
        assertThat(flag(bob)).isEqualTo("copied");

        edit("B1", BOB, "T100", CopyTexts.BOB_OWN, DAY1.plusSeconds(1800));
        await().until(() -> chat.notices.size() == 2);

        assertThat(flag(bob)).isNull();
        assertThat(chat.notices.get(1).text()).contains("counts again");
        assertThat(names(Period.ALL)).containsExactlyInAnyOrder("UA", "UB");
    }

    @Test
    @DisplayName("the original's later typo fix leaves it the original; a placeholder edited into a copy is the copy")
    void whoCameFirstIsDecidedByTheText() {
        long stub = post(
                "B1",
                BOB,
                "T100",
                "Placeholder, full answer coming after my meeting, promise it will be good.",
                DAY1.plusSeconds(300));
        long alice = post("A1", ALICE, "T100", CopyTexts.ALICE_TEXT, DAY1.plusSeconds(600));
        awaitScored(2);
        edit("B1", BOB, "T100", CopyTexts.BOB_COPY, DAY1.plusSeconds(900));
        await().until(() -> chat.feedback.size() == 3);
        edit("A1", ALICE, "T100", CopyTexts.ALICE_TEXT.replace("thrown away", "discarded"), DAY1.plusSeconds(1200));
        await().until(() -> chat.feedback.size() == 4);

        assertThat(flag(stub)).isEqualTo("copied");
        assertThat(flag(alice)).isNull();
    }

    @Test
    @DisplayName("withdrawing the original leaves a copy flagged, but clears a recycled answer (its author moved it)")
    void withdrawals() {
        long alice = post("A1", ALICE, "T100", CopyTexts.ALICE_TEXT, DAY1.plusSeconds(600));
        long bob = post("B1", BOB, "T100", CopyTexts.BOB_COPY, DAY1.plusSeconds(900));
        long again = post("A2", ALICE, "T200", CopyTexts.ALICE_TEXT, DAY2.plusSeconds(600));
        awaitScored(3);
        assertThat(flag(again)).isEqualTo("recycled");

        Receipt receipt = drill.accept(new ChatEvent.AnswerDeleted("del-A1", CHANNEL, "A1", DAY2.plusSeconds(700)));
        assertThat(receipt).isInstanceOf(Receipt.Withdrawn.class);
        await().until(() -> flag(again) == null);

        assertThat(flag(bob)).isEqualTo("copied");
        assertThat(chat.notices).extracting(PrivateNotice::user).containsExactly(BOB, ALICE, ALICE);
        assertThat(chat.notices.get(2).text()).contains("counts again");
        assertThat(flag(alice)).isNull();
    }

    private long post(String messageId, UserRef user, String thread, String text, Instant at) {
        Receipt receipt = drill.accept(
                new ChatEvent.AnswerPosted("ev-" + messageId, CHANNEL, thread, messageId, user, user.id(), text, at));
        return ((Receipt.Stored) receipt).answerId();
    }

    private void edit(String messageId, UserRef user, String thread, String text, Instant at) {
        drill.accept(
                new ChatEvent.AnswerEdited("ev-edit-" + messageId + at, CHANNEL, thread, messageId, user, text, at));
    }

    private void awaitScored(int answers) {
        await().until(() -> chat.feedback.size() == answers);
    }

    private List<String> names(Period period) {
        return boards.points(CHANNEL, Scope.CHANNEL, period, ZoneOffset.UTC, 10).stream()
                .map(LeaderboardEntry::userId)
                .toList();
    }

    private String flag(long answerId) {
        return (String) value("select copy_flag from answers where id = " + answerId);
    }

    private Long copyOf(long answerId) {
        Object v = value("select copy_of from answers where id = " + answerId);
        return v == null ? null : ((Number) v).longValue();
    }

    private Object value(String sql) {
        try (Connection c = db.dataSource().getConnection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getObject(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
