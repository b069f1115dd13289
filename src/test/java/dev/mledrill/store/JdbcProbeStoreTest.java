package dev.mledrill.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.AnswerTarget;
import dev.mledrill.drill.NewAnswer;
import dev.mledrill.drill.ProbeStore;
import dev.mledrill.drill.TestScores;
import dev.mledrill.followup.Probe;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.rubric.Score;
import dev.mledrill.rubric.Scorer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JdbcProbeStoreTest {
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final UserRef UMA = new UserRef(Platform.SLACK, "T1", "U1");
    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");
    private static final Probe PROBE = new Probe(Criterion.CONSISTENCY, "How did you check quality held?");

    private Database db;
    private JdbcAnswerStore answers;
    private JdbcScoreStore scores;
    private JdbcProbeStore probes;
    private long posted;

    /** The database under test: a fresh, migrated one. PostgreSQL subclasses override it. */
    protected Database openDatabase() {
        return Database.h2InMemory("probes-" + System.nanoTime());
    }

    @BeforeEach
    void open() {
        db = openDatabase();
        answers = new JdbcAnswerStore(db.dataSource());
        scores = new JdbcScoreStore(db.dataSource());
        probes = new JdbcProbeStore(db.dataSource());
        posted = TestPosts.posted(db, CHANNEL, "q1", "th", AT, AT.plusSeconds(86_400));
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private long answer(String messageId) {
        return ((Receipt.Stored) answers.insert(new NewAnswer(
                        "e-" + messageId,
                        UMA,
                        "Uma",
                        CHANNEL,
                        messageId,
                        new AnswerTarget.Daily(posted, "q1", "th", AT.plusSeconds(86_400)),
                        "my answer",
                        AT)))
                .answerId();
    }

    private long answeredProbe(long answerId, String reply) {
        long probe = probes.ask(answerId, PROBE, AT).orElseThrow();
        probes.reply(probe, "r1", reply, AT.plusSeconds(60));
        return probe;
    }

    @Test
    @DisplayName("one probe per answer, and none for a second answer of the same person to the same question")
    void oneProbePerPersonAndQuestion() {
        long first = answer("m1");
        long second = answer("m2");

        assertThat(probes.ask(first, PROBE, AT)).isPresent();
        assertThat(probes.ask(first, PROBE, AT)).isEmpty();
        assertThat(probes.ask(second, PROBE, AT)).isEmpty();
    }

    @Test
    @DisplayName("the open probe is found by thread and author until its reply is in; a second reply is a duplicate")
    void replyClosesTheProbe() {
        long id = answer("m1");
        long probe = probes.ask(id, PROBE, AT).orElseThrow();

        assertThat(probes.open(CHANNEL, "th", UMA)).contains(new ProbeStore.Open(probe, id, PROBE.text()));
        assertThat(probes.open(CHANNEL, "th", new UserRef(Platform.SLACK, "T1", "U2")))
                .isEmpty();
        assertThat(probes.open(CHANNEL, "other", UMA)).isEmpty();

        assertThat(probes.reply(probe, "r1", "I compared IoU", AT.plusSeconds(60)))
                .isEqualTo(new Receipt.Stored(id));
        assertThat(probes.reply(probe, "r2", "again", AT.plusSeconds(70))).isInstanceOf(Receipt.Duplicate.class);

        assertThat(probes.open(CHANNEL, "th", UMA)).isEmpty();
        assertThat(probes.isReply(CHANNEL, "r1")).isTrue();
        assertThat(probes.isReply(CHANNEL, "r2")).isFalse();
        assertThat(probes.answered(id))
                .contains(new ProbeStore.Answered(probe, id, Criterion.CONSISTENCY, PROBE.text(), "I compared IoU"));
        assertThat(probes.answeredFor(posted)).isEqualTo(1);
        assertThat(probes.unscoredReplies()).containsExactly(id);
    }

    @Test
    @DisplayName("a better combined score becomes the answer's current score and its best; a worse one is kept aside")
    void betterTotalCounts() throws Exception {
        long id = answer("m1");
        long probe = probes.ask(id, PROBE, AT).orElseThrow();
        scores.save(id, 0, TestScores.score(40), AT);
        probes.reply(probe, "r1", "reply", AT.plusSeconds(60));

        ProbeStore.Combined worse = probes.saveCombined(probe, id, 0, TestScores.score(35), AT.plusSeconds(61));

        assertThat(worse).isEqualTo(new ProbeStore.Combined(true, 40, false));
        assertThat(number("select total from scores where current_score")).isEqualTo(40.0);
        assertThat(number("select best from question_bests")).isEqualTo(40.0);
        assertThat(probes.unscoredReplies()).isEmpty();

        answers.revise(id, "e-edit", "my answer, edited", AT.plusSeconds(90), true);
        scores.save(id, 1, TestScores.score(45), AT.plusSeconds(91));
        ProbeStore.Combined better = probes.saveCombined(probe, id, 1, TestScores.score(62), AT.plusSeconds(92));

        assertThat(better).isEqualTo(new ProbeStore.Combined(true, 45, true));
        assertThat(number("select total from scores where current_score")).isEqualTo(62.0);
        assertThat(query("select count(*) from scores where current_score")).isEqualTo("1");
        assertThat(number("select best from question_bests")).isEqualTo(62.0);
        assertThat(number("select points from standings where scope = 'channel'"))
                .isEqualTo(62.0);
        assertThat(probes.saveCombined(probe, id, 1, TestScores.score(70), AT.plusSeconds(93))
                        .saved())
                .isFalse();
    }

    @Test
    @DisplayName("a combined score saved before the answer's own score of that revision still counts when it is higher")
    void combinedFirstThenOwn() throws Exception {
        long id = answer("m1");
        long probe = answeredProbe(id, "reply");

        probes.saveCombined(probe, id, 0, TestScores.score(70), AT.plusSeconds(61));
        scores.save(id, 0, TestScores.score(40), AT.plusSeconds(62));

        assertThat(number("select total from scores where current_score")).isEqualTo(70.0);
        assertThat(number("select count(*) from scores where current_score")).isEqualTo(1);
        assertThat(number("select best from question_bests")).isEqualTo(70.0);
    }

    @Test
    @DisplayName("a withdrawn answer's probe is no longer open")
    void withdrawnAnswerClosesProbe() {
        long id = answer("m1");
        probes.ask(id, PROBE, AT);

        answers.withdraw(id, "e-del", AT.plusSeconds(30));

        assertThat(probes.open(CHANNEL, "th", UMA)).isEmpty();
    }

    @Test
    @DisplayName("after a rubric change the follow-up rescorer scores answer and reply under the new version, once")
    void rescoreCoversFollowUps() throws Exception {
        long id = answer("m1");
        answeredProbe(id, "and a reply that makes it longer");
        Scorer byLength = new Scorer() {
            @Override
            public Score score(String answer, Optional<? extends dev.mledrill.rubric.AskedQuestion> question) {
                Score s = TestScores.score(Math.min(100, answer.length()));
                return new Score(
                        s.total(), s.band(), s.criteria(), s.redFlags(), s.keyPoints(), s.tip(), rubricVersion());
            }

            @Override
            public String rubricVersion() {
                return "v2";
            }
        };
        new JdbcRescorer(db.dataSource(), byLength, q -> Optional.empty(), Clock.fixed(AT, ZoneOffset.UTC), 1, 10)
                .rescore();

        int written = new JdbcFollowUpRescorer(
                        db.dataSource(), byLength, q -> Optional.empty(), Clock.fixed(AT, ZoneOffset.UTC))
                .run();

        assertThat(written).isEqualTo(1);
        assertThat(number("select total from scores where current_score"))
                .isEqualTo(("my answer" + "\n\n" + "and a reply that makes it longer").length());
        assertThat(number("select count(*) from scores where current_score")).isEqualTo(1);
        assertThat(new JdbcFollowUpRescorer(
                                db.dataSource(), byLength, q -> Optional.empty(), Clock.fixed(AT, ZoneOffset.UTC))
                        .run())
                .isZero();
    }

    private double number(String sql) throws Exception {
        return Double.parseDouble(query(sql));
    }

    private String query(String sql) throws Exception {
        try (Connection c = db.connection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
