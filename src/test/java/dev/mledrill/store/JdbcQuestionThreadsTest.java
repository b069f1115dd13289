package dev.mledrill.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.AnswerTarget;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JdbcQuestionThreadsTest {
    private static final UserRef BOB = new UserRef(Platform.DISCORD, "G1", "222");
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.DISCORD, "G1", "C1");
    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    private final Database db = Database.h2InMemory("question-threads-" + System.nanoTime());
    private final JdbcQuestionThreads threads = new JdbcQuestionThreads(db.dataSource());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName(
            "a second practice question in the same DM channel (Discord) is recorded, and replies there go to the latest")
    void practiceAgainInTheSameDirectMessageChannel() {
        AnswerTarget.Practice first =
                threads.recordPractice(BOB, Optional.of(CHANNEL), new PostedMessage("m1", "dm-9"), "q1", AT);
        AnswerTarget.Practice second = threads.recordPractice(
                BOB, Optional.of(CHANNEL), new PostedMessage("m2", "dm-9"), "q2", AT.plusSeconds(60));

        assertThat(second.sessionId()).isNotEqualTo(first.sessionId());
        assertThat(threads.find(new ChannelRef(Platform.DISCORD, "@me", "dm-9"), "dm-9", BOB))
                .get()
                .isInstanceOfSatisfying(
                        AnswerTarget.Practice.class,
                        p -> assertThat(p.questionId()).isEqualTo("q2"));
    }
}
