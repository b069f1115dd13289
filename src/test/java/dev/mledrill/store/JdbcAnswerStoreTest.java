package dev.mledrill.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.AnswerTarget;
import dev.mledrill.drill.NewAnswer;
import dev.mledrill.drill.StoredAnswer;
import dev.mledrill.drill.TestScores;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcAnswerStoreTest {
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final UserRef ALICE = new UserRef(Platform.SLACK, "T1", "U1");
    private static final Instant POSTED = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private JdbcAnswerStore answers;
    private AnswerTarget.Daily target;

    /** The database under test: a fresh, migrated one. PostgreSQL subclasses override it. */
    protected Database openDatabase() {
        return Database.h2File(dir);
    }

    /** The same database opened again, as after a restart. */
    protected Database reopenDatabase() {
        return Database.h2File(dir);
    }

    @BeforeEach
    void open() {
        db = openDatabase();
        answers = new JdbcAnswerStore(db.dataSource());
        long posted = TestPosts.posted(db, CHANNEL, "q1", "1700.1", POSTED, POSTED.plus(Duration.ofDays(1)));
        target = new AnswerTarget.Daily(posted, "q1", "1700.1", POSTED.plus(Duration.ofDays(1)));
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private NewAnswer answer(String eventId, String messageId, String body, Instant at) {
        return new NewAnswer(eventId, ALICE, "Alice", CHANNEL, messageId, target, body, at);
    }

    @Test
    @DisplayName("a stored answer reads back with its text, thread and user, and is not late inside the window")
    void storesAndFinds() {
        Receipt receipt =
                answers.insert(answer("E1", "M1", "Preview went from 110 ms to 82 ms.", POSTED.plusSeconds(60)));

        long id = ((Receipt.Stored) receipt).answerId();
        StoredAnswer stored = answers.find(id).orElseThrow();
        assertThat(stored.body()).isEqualTo("Preview went from 110 ms to 82 ms.");
        assertThat(stored.user()).isEqualTo(ALICE);
        assertThat(stored.channel()).isEqualTo(CHANNEL);
        assertThat(stored.target().threadId()).isEqualTo("1700.1");
        assertThat(stored.late()).isFalse();
        assertThat(answers.findByMessage(CHANNEL, "M1")).map(StoredAnswer::id).contains(id);
    }

    @Test
    @DisplayName("an answer received after the window closes is stored and marked late")
    void lateAnswer() {
        Receipt receipt = answers.insert(answer("E1", "M1", "late but here", POSTED.plus(Duration.ofDays(2))));

        assertThat(answers.find(((Receipt.Stored) receipt).answerId())
                        .orElseThrow()
                        .late())
                .isTrue();
    }

    @Test
    @DisplayName("a redelivered event and a second copy of a message are both stored once")
    void duplicatesStoredOnce() throws Exception {
        answers.insert(answer("E1", "M1", "first", POSTED.plusSeconds(1)));

        Receipt sameEvent = answers.insert(answer("E1", "M1", "first", POSTED.plusSeconds(2)));
        Receipt sameMessage = answers.insert(answer("E2", "M1", "first", POSTED.plusSeconds(3)));

        assertThat(sameEvent).isInstanceOf(Receipt.Duplicate.class);
        assertThat(sameMessage).isInstanceOf(Receipt.Duplicate.class);
        assertThat(count("select count(*) from answers")).isEqualTo(1);
    }

    @Test
    @DisplayName("an edit inside the window becomes the next revision and keeps the old text in the history")
    void countedEdit() throws Exception {
        long id = ((Receipt.Stored) answers.insert(answer("E1", "M1", "v0", POSTED.plusSeconds(1)))).answerId();

        Receipt receipt = answers.revise(id, "E2", "v1", POSTED.plusSeconds(5), true);

        assertThat(receipt).isEqualTo(new Receipt.Stored(id));
        StoredAnswer stored = answers.find(id).orElseThrow();
        assertThat(stored.body()).isEqualTo("v1");
        assertThat(stored.revision()).isEqualTo(1);
        assertThat(count("select count(*) from answer_edits where previous_body = 'v0' and body = 'v1' and counted"))
                .isEqualTo(1);
        assertThat(answers.revise(id, "E2", "v1", POSTED.plusSeconds(5), true)).isInstanceOf(Receipt.Duplicate.class);
    }

    @Test
    @DisplayName("an edit that does not count is kept in the history only")
    void uncountedEdit() throws Exception {
        long id = ((Receipt.Stored) answers.insert(answer("E1", "M1", "v0", POSTED.plusSeconds(1)))).answerId();

        answers.revise(id, "E2", "v1", POSTED.plus(Duration.ofDays(3)), false);

        StoredAnswer stored = answers.find(id).orElseThrow();
        assertThat(stored.body()).isEqualTo("v0");
        assertThat(stored.revision()).isZero();
        assertThat(count("select count(*) from answer_edits where body = 'v1' and not counted"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("a withdrawn answer loses its current score and is withdrawn only once")
    void withdraw() throws Exception {
        long id = ((Receipt.Stored) answers.insert(answer("E1", "M1", "v0", POSTED.plusSeconds(1)))).answerId();
        new JdbcScoreStore(db.dataSource()).save(id, 0, TestScores.score(70), POSTED.plusSeconds(2));

        Receipt first = answers.withdraw(id, "D1", POSTED.plusSeconds(9));
        Receipt second = answers.withdraw(id, "D2", POSTED.plusSeconds(10));

        assertThat(first).isEqualTo(new Receipt.Withdrawn(id));
        assertThat(second).isInstanceOf(Receipt.Duplicate.class);
        assertThat(answers.find(id).orElseThrow().withdrawn()).isTrue();
        assertThat(count("select count(*) from scores where current_score")).isZero();
        assertThat(answers.unscored()).doesNotContain(id);
    }

    @Test
    @DisplayName("emoji, zero-width characters and odd Unicode are stored exactly as written")
    void unicodeRoundTrip() {
        String text = "📱 Latency\u200B went from 110\u00A0ms → 82 ms on a Pixel 8 👩‍💻 \uFEFF é 漢字 𝔘";
        long id = ((Receipt.Stored) answers.insert(answer("E1", "M1", text, POSTED.plusSeconds(1)))).answerId();

        assertThat(answers.find(id).orElseThrow().body()).isEqualTo(text);
    }

    @Test
    @DisplayName("closing and reopening the database keeps answers and scores")
    void restartKeepsData() {
        long id = ((Receipt.Stored) answers.insert(answer("E1", "M1", "kept", POSTED.plusSeconds(1)))).answerId();
        new JdbcScoreStore(db.dataSource()).save(id, 0, TestScores.score(55), POSTED.plusSeconds(2));
        db.close();

        db = reopenDatabase();
        JdbcAnswerStore reopened = new JdbcAnswerStore(db.dataSource());

        assertThat(reopened.find(id).orElseThrow().body()).isEqualTo("kept");
        assertThat(reopened.unscored()).isEmpty();
        assertThat(reopened.insert(answer("E1", "M1", "kept", POSTED.plusSeconds(1))))
                .isInstanceOf(Receipt.Duplicate.class);
    }

    private int count(String sql) throws Exception {
        try (Connection c = db.connection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
