package dev.mledrill.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.AnswerTarget;
import dev.mledrill.drill.NewAnswer;
import dev.mledrill.drill.TestScores;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.schedule.AnswerCounts;
import dev.mledrill.schedule.WrapUpFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What V18 adds to the store: reveal opt-outs, each person's best answer for the reveal, the live count. */
class JdbcPrivateAnswersStoreTest {
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final Instant AT = Instant.parse("2026-11-24T08:00:00Z");
    private static final Instant CLOSES = AT.plus(Duration.ofHours(8));

    private Database db;
    private JdbcAnswerStore answers;
    private JdbcScoreStore scores;
    private long posted;

    /** The database under test: a fresh, migrated one. PostgreSQL subclasses override it. */
    protected Database openDatabase() {
        return Database.h2InMemory("private-answers-" + System.nanoTime());
    }

    @BeforeEach
    void open() {
        db = openDatabase();
        answers = new JdbcAnswerStore(db.dataSource());
        scores = new JdbcScoreStore(db.dataSource());
        posted = TestPosts.posted(db, CHANNEL, "q1", "th", AT, CLOSES);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private static UserRef user(String id) {
        return new UserRef(Platform.SLACK, "T1", id);
    }

    private long answer(String user, String message, String body, double total, int minutes) {
        long id = ((Receipt.Stored) answers.insert(new NewAnswer(
                        "e-" + message,
                        user(user),
                        user,
                        CHANNEL,
                        message,
                        new AnswerTarget.Daily(posted, "q1", "th", CLOSES),
                        body,
                        AT.plusSeconds(60L * minutes))))
                .answerId();
        scores.save(id, 0, TestScores.score(total), AT.plusSeconds(60L * minutes));
        return id;
    }

    @Test
    @DisplayName(
            "the reveal gets each person's best counted answer, best first, with its strongest criterion and the text opt-out")
    void bestAnswerPerPerson() throws Exception {
        // given
        answer("U1", "m1", "first try", 40, 1);
        answer("U1", "m2", "better try", 70, 2);
        answer("U2", "m3", "middle", 55, 3);
        long copied = answer("U3", "m4", "copied", 90, 4);
        try (var c = db.connection();
                var s = c.createStatement()) {
            s.executeUpdate("update answers set copy_flag = 'copied' where id = " + copied);
        }
        new JdbcOptOuts(db.dataSource(), java.time.Clock.systemUTC()).setTextHidden(user("U2"), "U2", true);

        // when
        WrapUpFacts facts = new JdbcPostResults(db.dataSource()).results(posted);

        // then
        assertThat(facts.answers()).extracting(WrapUpFacts.Answer::body).containsExactly("better try", "middle");
        assertThat(facts.answers().get(0).textHidden()).isFalse();
        assertThat(facts.answers().get(1).textHidden()).isTrue();
        assertThat(facts.answers().get(0).strongest()).contains(new WrapUpFacts.Strength(Criterion.OUTCOME, 10, 15));
        assertThat(new JdbcOptOuts(db.dataSource(), java.time.Clock.systemUTC()).textHidden(user("U2")))
                .isTrue();
    }

    @Test
    @DisplayName(
            "open questions carry their count; a count is claimed at most once a minute, and given back after a failure")
    void liveCount() {
        // given
        JdbcAnswerCounts counts = new JdbcAnswerCounts(db.dataSource());
        answer("U1", "m1", "one", 40, 1);
        long withdrawn = answer("U2", "m2", "two", 50, 2);
        answers.withdraw(withdrawn, "w1", AT.plusSeconds(180));

        // when
        AnswerCounts.OpenQuestion open =
                counts.open(CHANNEL, AT.plusSeconds(240)).get(0);
        boolean first = counts.claimShowing(posted, 1, AT.plusSeconds(240), AT.plusSeconds(180));
        boolean withinTheMinute = counts.claimShowing(posted, 2, AT.plusSeconds(270), AT.plusSeconds(210));
        boolean sameCount = counts.claimShowing(posted, 1, AT.plusSeconds(400), AT.plusSeconds(340));
        counts.releaseShowing(posted, OptionalInt.empty(), Optional.empty());

        // then
        assertThat(open.answers()).isEqualTo(1);
        assertThat(open.shown()).isEmpty();
        assertThat(open.threadId()).isEqualTo("th");
        assertThat(first).isTrue();
        assertThat(withinTheMinute).isFalse();
        assertThat(sameCount).isFalse();
        assertThat(counts.open(CHANNEL, AT.plusSeconds(400)).get(0).shown()).isEmpty();
        assertThat(counts.open(CHANNEL, CLOSES.plusSeconds(1))).isEmpty();
    }
}
