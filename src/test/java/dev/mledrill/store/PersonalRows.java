package dev.mledrill.store;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.AnswerTarget;
import dev.mledrill.drill.NewAnswer;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.rubric.CriterionScore;
import dev.mledrill.rubric.Evidence;
import dev.mledrill.rubric.KeyPointCoverage;
import dev.mledrill.rubric.Score;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Writes people's answers, edits, scores and practice sessions through the real stores, for privacy tests. */
public final class PersonalRows {
    private final Database db;
    private final JdbcAnswerStore answers;
    private final JdbcScoreStore scores;
    private final JdbcQuestionThreads threads;
    private final AtomicInteger ids = new AtomicInteger();

    public PersonalRows(Database db) {
        this.db = db;
        this.answers = new JdbcAnswerStore(db.dataSource());
        this.scores = new JdbcScoreStore(db.dataSource());
        this.threads = new JdbcQuestionThreads(db.dataSource());
    }

    /** A posted daily question in {@code channel}, open for a day from {@code at}. */
    public AnswerTarget.Daily question(ChannelRef channel, String questionId, Instant at) {
        String thread = "thread-" + ids.incrementAndGet();
        Instant closes = at.plus(Duration.ofDays(1));
        return new AnswerTarget.Daily(
                TestPosts.posted(db, channel, questionId, thread, at, closes), questionId, thread, closes);
    }

    public AnswerTarget.Practice practice(UserRef user, String questionId, Instant at) {
        String thread = "practice-" + ids.incrementAndGet();
        return threads.recordPractice(user, Optional.empty(), new PostedMessage(thread, thread), questionId, at);
    }

    /** Stores an answer and returns its id. */
    public long answer(UserRef user, ChannelRef channel, AnswerTarget target, String text, Instant at) {
        String message = "m-" + ids.incrementAndGet();
        Receipt receipt = answers.insert(
                new NewAnswer("ev-" + message, user, user.id() + " name", channel, message, target, text, at));
        return ((Receipt.Stored) receipt).answerId();
    }

    public void edit(long answerId, String text, Instant at) {
        answers.revise(answerId, "edit-" + ids.incrementAndGet(), text, at, true);
    }

    /** Scores the answer's revision with one quoted piece of evidence. */
    public void score(long answerId, int revision, String quote, Instant at) {
        Score score = new Score(
                42,
                "developing",
                List.of(
                        new CriterionScore(
                                Criterion.OUTCOME, 10, 15, List.of(new Evidence(quote, 0, quote.length())), "tip"),
                        new CriterionScore(Criterion.EVIDENCE, 8, 20, List.of(), "give numbers")),
                List.of(),
                KeyPointCoverage.NONE,
                "lead with the user",
                "test-1");
        scores.save(answerId, revision, score, at);
    }

    public long count(String sql) {
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row. */
    public java.util.List<String> texts(String sql) {
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            java.util.List<String> values = new java.util.ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String text(String sql) {
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
