package dev.mledrill.testing;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.AnswerTarget;
import dev.mledrill.drill.NewAnswer;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.rubric.CriterionScore;
import dev.mledrill.rubric.Score;
import dev.mledrill.store.JdbcAnswerStore;
import dev.mledrill.store.JdbcScoreStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Stores answers and scores through the real stores (so every table the answer pipeline keeps is
 * written as in production), letting schedule, streak and leaderboard reads be tested on real rows.
 */
public final class TestAnswers {
    private static final AtomicLong MESSAGES = new AtomicLong();
    private final DataSource dataSource;
    private final JdbcAnswerStore answers;
    private final JdbcScoreStore scores;

    public TestAnswers(DataSource dataSource) {
        this.dataSource = dataSource;
        this.answers = new JdbcAnswerStore(dataSource);
        this.scores = new JdbcScoreStore(dataSource);
    }

    private record Post(ChannelRef channel, AnswerTarget.Daily target) {}

    /** An answer to the posted question at {@code at}, late when after its window, scored {@code total}; returns the answer id. */
    public long answer(
            long postedQuestionId,
            UserRef user,
            String name,
            Instant at,
            double total,
            Map<Criterion, Double> criteria) {
        Post post = post(postedQuestionId);
        long message = MESSAGES.incrementAndGet();
        Receipt receipt = answers.insert(new NewAnswer(
                "event" + message, user, name, post.channel(), "msg" + message, post.target(), "an answer", at));
        long answerId = ((Receipt.Stored) receipt).answerId();
        List<CriterionScore> scored = criteria.entrySet().stream()
                .map(e -> new CriterionScore(e.getKey(), e.getValue(), 15, List.of(), ""))
                .toList();
        scores.save(answerId, 0, new Score(total, "good", scored, List.of(), null, null, "test"), at);
        return answerId;
    }

    public void withdraw(long answerId, Instant at) {
        answers.withdraw(answerId, "withdraw" + MESSAGES.incrementAndGet(), at);
    }

    private Post post(long postedQuestionId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select w.platform,"
                                + " w.external_id, c.external_id, pq.question_id, pq.thread_id, pq.window_closes_at from posted_questions pq"
                                + " join channels c on c.id = pq.channel_id join workspaces w on w.id = c.workspace_id where pq.id = ?")) {
            ps.setLong(1, postedQuestionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no posted question " + postedQuestionId);
                }
                ChannelRef channel = new ChannelRef(Platform.fromId(rs.getString(1)), rs.getString(2), rs.getString(3));
                String thread = rs.getString(5) == null ? "thread" + postedQuestionId : rs.getString(5);
                return new Post(
                        channel,
                        new AnswerTarget.Daily(
                                postedQuestionId,
                                rs.getString(4),
                                thread,
                                rs.getObject(6, OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
