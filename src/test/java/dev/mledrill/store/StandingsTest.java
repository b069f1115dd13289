package dev.mledrill.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.AnswerTarget;
import dev.mledrill.drill.NewAnswer;
import dev.mledrill.drill.StoredAnswer;
import dev.mledrill.privacy.UserSelector;
import dev.mledrill.rubric.Rubric;
import dev.mledrill.rubric.RubricScorer;
import dev.mledrill.rubric.Score;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The standings the stores keep as they go (question_bests, standings) always equal a rebuild
 * from answers and scores, whatever happens to the answers: late, practice, edits, stale scores,
 * withdrawals, rescoring, forgetting, and writers racing on one user. On PostgreSQL too (subclass).
 */
class StandingsTest {
    private static final Instant DAY1 = Instant.parse("2026-03-02T08:00:00Z");
    private static final List<ChannelRef> CHANNELS = List.of(
            new ChannelRef(Platform.SLACK, "T1", "C1"),
            new ChannelRef(Platform.SLACK, "T1", "C2"),
            new ChannelRef(Platform.DISCORD, "G1", "C3"));

    private Database db;
    private PersonalRows rows;
    private JdbcAnswerStore answers;
    private JdbcScoreStore scores;
    private final AtomicInteger messages = new AtomicInteger();

    /** The database under test: a fresh, migrated one. PostgreSQL subclasses override it. */
    protected Database openDatabase() {
        return Database.h2InMemory("standings-" + UUID.randomUUID());
    }

    @BeforeEach
    void open() {
        db = openDatabase();
        rows = new PersonalRows(db);
        answers = new JdbcAnswerStore(db.dataSource());
        scores = new JdbcScoreStore(db.dataSource());
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    @DisplayName("after every kind of change, the kept standings equal a rebuild from answers and scores")
    void keptStandingsEqualARebuild() {
        Random random = new Random(7);
        List<AnswerTarget.Daily> questions = new ArrayList<>();
        List<ChannelRef> questionChannels = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            for (ChannelRef channel : CHANNELS) {
                questions.add(rows.question(channel, "q" + day, DAY1.plus(Duration.ofDays(day))));
                questionChannels.add(channel);
            }
        }
        List<Long> stored = new ArrayList<>();
        RubricScorer scorer = new RubricScorer(Rubric.defaults());
        for (int step = 1; step <= 400; step++) {
            int pick = random.nextInt(100);
            if (pick < 45 || stored.isEmpty()) {
                int q = random.nextInt(questions.size());
                AnswerTarget.Daily question = questions.get(q);
                ChannelRef channel = questionChannels.get(q);
                UserRef user = new UserRef(channel.platform(), channel.team(), "U" + random.nextInt(4));
                AnswerTarget target =
                        random.nextInt(10) == 0 ? rows.practice(user, question.questionId(), DAY1) : question;
                Instant at = question.windowClosesAt()
                        .minus(Duration.ofHours(20))
                        .plus(Duration.ofHours(random.nextInt(10) == 0 ? 30 : random.nextInt(18)));
                stored.add(store(user, channel, target, at));
            } else if (pick < 75) {
                long answer = stored.get(random.nextInt(stored.size()));
                int revision = revision(answer) - (random.nextInt(8) == 0 ? 1 : 0);
                scores.save(answer, Math.max(0, revision), score(random.nextInt(101), "v" + random.nextInt(3)), DAY1);
            } else if (pick < 85) {
                long answer = stored.get(random.nextInt(stored.size()));
                answers.revise(
                        answer, "edit-" + messages.incrementAndGet(), "edited " + step, DAY1, random.nextBoolean());
            } else if (pick < 93) {
                long answer = stored.get(random.nextInt(stored.size()));
                answers.withdraw(answer, "withdraw-" + messages.incrementAndGet(), DAY1);
            } else if (pick < 96) {
                new JdbcRescorer(
                                db.dataSource(),
                                scorer,
                                id -> Optional.empty(),
                                Clock.fixed(DAY1, ZoneOffset.UTC),
                                2,
                                7)
                        .rescore();
                execute("update scores set rubric_version = 'old-' || id where rubric_version = '"
                        + scorer.rubricVersion() + "'");
            } else if (pick < 98) {
                ChannelRef channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
                new JdbcPersonalData(db.dataSource())
                        .erase(UserSelector.account(
                                new UserRef(channel.platform(), channel.team(), "U" + random.nextInt(4))));
                stored.removeIf(id -> answers.find(id).isEmpty());
            } else {
                execute("update users set leaderboard_opt_out = true where external_id = 'U" + random.nextInt(4) + "'");
            }
            if (step % 25 == 0) {
                assertKeptEqualsRebuilt("after step " + step);
            }
        }
        assertThat(snapshot("select count(*) from standings")).isNotEqualTo("0\n");
    }

    @Test
    @DisplayName("answers and scores of one user written at once by many threads add up exactly")
    void concurrentWritersOnOneUser() throws Exception {
        ChannelRef channel = CHANNELS.get(0);
        List<AnswerTarget.Daily> questions = new ArrayList<>();
        for (int day = 0; day < 3; day++) {
            questions.add(rows.question(channel, "q" + day, DAY1.plus(Duration.ofDays(day))));
        }
        UserRef user = new UserRef(Platform.SLACK, "T1", "U1");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 10; i++) {
                        AnswerTarget.Daily question = questions.get((writer + i) % questions.size());
                        long answer = store(
                                user,
                                channel,
                                question,
                                question.windowClosesAt().minus(Duration.ofHours(2)));
                        scores.save(answer, 0, score(writer * 10 + i, "v1"), DAY1);
                        if (i % 4 == 3) {
                            answers.withdraw(answer, "withdraw-" + messages.incrementAndGet(), DAY1);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertKeptEqualsRebuilt("after concurrent writers");
        assertThat(snapshot("select answered from standings where scope = 'channel'"))
                .isEqualTo("3\n");
    }

    private long store(UserRef user, ChannelRef channel, AnswerTarget target, Instant at) {
        String message = "m-" + messages.incrementAndGet();
        Receipt receipt = answers.insert(
                new NewAnswer("ev-" + message, user, user.id(), channel, message, target, "answer " + message, at));
        return ((Receipt.Stored) receipt).answerId();
    }

    private int revision(long answer) {
        return answers.find(answer).map(StoredAnswer::revision).orElseThrow();
    }

    private static Score score(double total, String version) {
        return new Score(total, "good", List.of(), List.of(), null, null, version);
    }

    private void assertKeptEqualsRebuilt(String when) {
        String bests = "select user_id, posted_question_id, channel_id, workspace_id, drill_date, best, first_at"
                + " from question_bests order by user_id, posted_question_id";
        String totals = "select scope, scope_id, user_id, points, answered, first_at from standings"
                + " order by scope, scope_id, user_id";
        String keptBests = snapshot(bests);
        String keptTotals = snapshot(totals);
        Standings.rebuild(db.dataSource());
        assertThat(keptBests).as("question_bests " + when).isEqualTo(snapshot(bests));
        assertThat(keptTotals).as("standings " + when).isEqualTo(snapshot(totals));
    }

    private String snapshot(String sql) {
        return TestSql.rows(db, sql);
    }

    private void execute(String sql) {
        TestSql.execute(db, sql);
    }
}
