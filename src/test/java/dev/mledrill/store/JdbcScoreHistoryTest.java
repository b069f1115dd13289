package dev.mledrill.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.progress.ScoredAttempt;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.testing.Posts;
import dev.mledrill.testing.TestAnswers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JdbcScoreHistoryTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ChannelRef DRILLS = new ChannelRef(Platform.SLACK, "T1", "CDRILLS");
    private static final ChannelRef OTHER = new ChannelRef(Platform.SLACK, "T1", "COTHER");
    private static final UserRef ANA = new UserRef(Platform.SLACK, "T1", "UANA");

    private final Database database = Database.h2InMemory("history-" + System.nanoTime());
    private final Posts posts = new Posts(database.dataSource(), BERLIN);
    private final TestAnswers answers = new TestAnswers(database.dataSource());
    private final JdbcScoreHistory history = new JdbcScoreHistory(database.dataSource());

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    @DisplayName(
            "the latest scored answers come oldest first with each criterion's points; withdrawn ones are left out")
    void latestOldestFirst() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        for (int i = 0; i < 12; i++) {
            long post = posts.posted(DRILLS, day.plusDays(i)).id();
            long id = answers.answer(
                    post, ANA, "Ana", at(day.plusDays(i)), 10 + i, Map.of(Criterion.FALLBACK, (double) i));
            if (i == 11) {
                answers.withdraw(id, at(day.plusDays(i)).plusSeconds(60));
            }
        }

        List<ScoredAttempt> latest = history.latest(ANA, Optional.empty(), 10);

        assertThat(latest)
                .extracting(ScoredAttempt::total)
                .containsExactly(11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0);
        assertThat(latest.get(9).criteria()).containsEntry(Criterion.FALLBACK, new ScoredAttempt.Points(10, 15));
    }

    @Test
    @DisplayName("a channel filter keeps that channel's answers only; an unknown person has no history")
    void channelFilter() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        answers.answer(posts.posted(DRILLS, day).id(), ANA, "Ana", at(day), 40, Map.of(Criterion.BUDGET, 3.0));
        answers.answer(
                posts.posted(OTHER, day).id(), ANA, "Ana", at(day).plusSeconds(5), 70, Map.of(Criterion.BUDGET, 9.0));

        assertThat(history.latest(ANA, Optional.of(DRILLS), 10))
                .extracting(ScoredAttempt::total)
                .containsExactly(40.0);
        assertThat(history.latest(ANA, Optional.empty(), 10)).hasSize(2);
        assertThat(history.latest(new UserRef(Platform.SLACK, "T1", "UNOBODY"), Optional.empty(), 10))
                .isEmpty();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(BERLIN).toInstant();
    }
}
