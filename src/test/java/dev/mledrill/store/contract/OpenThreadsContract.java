package dev.mledrill.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.AnswerTarget;
import dev.mledrill.drill.NewAnswer;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcAnswerStore;
import dev.mledrill.store.JdbcOpenThreads;
import dev.mledrill.store.JdbcQuestionThreads;
import dev.mledrill.store.TestPosts;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What start-up backfill reads of the store (open threads, practice threads, known answers); re-run per database. */
abstract class OpenThreadsContract {
    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final UserRef ANA = new UserRef(Platform.SLACK, "T1", "U1ANA");

    protected Database db;

    protected abstract Database openDatabase();

    @BeforeEach
    void open() {
        db = openDatabase();
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    @DisplayName("an answer's latest text is its last edit's, counted or not; practice threads carry their person")
    void knownAnswersAndPracticeThreads() {
        // given a daily answer edited twice (the second after the window: kept in the history only) and a practice
        // session
        TestPosts.posted(
                db, CHANNEL, "q1", "1764000000.000100", NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(5)));
        JdbcOpenThreads threads = new JdbcOpenThreads(db.dataSource());
        AnswerTarget daily = threads.closingSince(NOW).get(0).target();
        JdbcAnswerStore answers = new JdbcAnswerStore(db.dataSource());
        long id = ((dev.mledrill.chat.Receipt.Stored) answers.insert(
                        new NewAnswer("e1", ANA, "Ana", CHANNEL, "1764000000.000200", daily, "first", NOW)))
                .answerId();
        answers.revise(id, "e2", "second", NOW.plusSeconds(60), true);
        answers.revise(id, "e3", "third, late", NOW.plus(Duration.ofHours(6)), false);
        new JdbcQuestionThreads(db.dataSource())
                .recordPractice(
                        ANA,
                        Optional.of(CHANNEL),
                        new PostedMessage("1764000001.000100", "1764000001.000100"),
                        "q2",
                        NOW);

        // when
        var known = threads.answers(daily);
        var practice = threads.practiceSince(NOW.minus(Duration.ofDays(7)));

        // then
        assertThat(known).singleElement().satisfies(a -> {
            assertThat(a.messageId()).isEqualTo("1764000000.000200");
            assertThat(a.latestText()).contains("third, late");
            assertThat(a.withdrawn()).isFalse();
        });
        assertThat(practice).singleElement().satisfies(t -> {
            assertThat(t.thread().practiceWith()).contains(ANA);
            assertThat(t.thread().questionMessageId()).isEqualTo("1764000001.000100");
            assertThat(t.target()).isInstanceOf(AnswerTarget.Practice.class);
            assertThat(threads.answers(t.target())).isEmpty();
        });
        assertThat(threads.practiceSince(NOW.plusSeconds(1))).isEmpty();
    }
}
