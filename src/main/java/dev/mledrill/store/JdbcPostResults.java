package dev.mledrill.store;

import dev.mledrill.rubric.Criterion;
import dev.mledrill.schedule.PostResults;
import dev.mledrill.schedule.WrapUpFacts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Sums up the in-window answers of one posted question for its wrap-up. */
public final class JdbcPostResults implements PostResults {
    private static final String GIVEN =
            " from answers a left join scores s on s.answer_id = a.id and s.current_score = true"
                    + " where a.posted_question_id = ? and a.withdrawn_at is null and a.late = false and a.practice = false";
    /** Given and not flagged as a near copy. */
    private static final String COUNTED = GIVEN + " and a.copy_flag is null";
    /** A criterion counts as missed when the answer earned at most this share of its points. */
    private static final double MISSED_SHARE = 0.25;

    private final DataSource dataSource;

    public JdbcPostResults(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public WrapUpFacts results(long postedQuestionId) {
        return Transaction.run(dataSource, c -> {
            int answers;
            int scored;
            int copies;
            int offTopic;
            try (PreparedStatement ps = Transaction.prepare(
                            c,
                            "select count(*), count(case when a.copy_flag is null then s.id end),"
                                    + " count(a.copy_flag), count(case when a.copy_flag is null and s.off_topic = true then 1 end)"
                                    + GIVEN,
                            postedQuestionId);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                answers = rs.getInt(1);
                scored = rs.getInt(2);
                copies = rs.getInt(3);
                offTopic = rs.getInt(4);
            }
            List<WrapUpFacts.Best> best = new ArrayList<>();
            try (PreparedStatement ps = Transaction.prepare(
                            c,
                            "select u.display_name, u.leaderboard_opt_out, b.best from"
                                    + " (select a.user_id, max(s.total) as best, min(a.received_at) as first_at"
                                    + COUNTED + " and s.id is not null"
                                    + " group by a.user_id) b join users u on u.id = b.user_id order by b.best desc, b.first_at, u.id",
                            postedQuestionId);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    best.add(new WrapUpFacts.Best(rs.getString(1), rs.getBoolean(2), rs.getDouble(3)));
                }
            }
            Map<Criterion, Integer> missed = new EnumMap<>(Criterion.class);
            try (PreparedStatement ps = Transaction.prepare(
                            c,
                            "select sc.criterion, count(*)"
                                    + COUNTED.replace(" where", " join score_criteria sc on sc.score_id = s.id where")
                                    + " and sc.points <= sc.max_points * ?"
                                    + " group by sc.criterion",
                            postedQuestionId,
                            MISSED_SHARE);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<Criterion> criterion = Criterion.fromId(rs.getString(1));
                    if (criterion.isPresent()) {
                        missed.put(criterion.get(), rs.getInt(2));
                    }
                }
            }
            int followUps;
            try (PreparedStatement ps = Transaction.prepare(
                            c,
                            "select count(*) from answer_probes p"
                                    + " join answers a on a.id = p.answer_id where p.posted_question_id = ?"
                                    + " and p.reply_message_id is not null and a.withdrawn_at is null",
                            postedQuestionId);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                followUps = rs.getInt(1);
            }
            return new WrapUpFacts(
                    answers, best, scored, missed, copies, offTopic, followUps, bestAnswers(c, postedQuestionId));
        });
    }

    /** Each person's best counted answer (highest score, then earliest), best first, with its strongest criterion. */
    private static List<WrapUpFacts.Answer> bestAnswers(Connection c, long postedQuestionId) throws SQLException {
        List<WrapUpFacts.Answer> answers = new ArrayList<>();
        try (PreparedStatement ps = Transaction.prepare(
                        c,
                        "select u.display_name, u.leaderboard_opt_out, u.reveal_opt_out,"
                                + " r.total, r.body, r.score_id from (select a.user_id, a.body, a.received_at, a.id, s.total, s.id as score_id,"
                                + " row_number() over (partition by a.user_id order by s.total desc, a.received_at, a.id) as pick"
                                + COUNTED + " and s.id is not null) r join users u on u.id = r.user_id where r.pick = 1"
                                + " order by r.total desc, r.received_at, r.id",
                        postedQuestionId);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                answers.add(new WrapUpFacts.Answer(
                        rs.getString(1),
                        rs.getBoolean(2),
                        rs.getBoolean(3),
                        rs.getDouble(4),
                        strongest(c, rs.getLong(6)),
                        rs.getString(5)));
            }
        }
        return answers;
    }

    private static Optional<WrapUpFacts.Strength> strongest(Connection c, long scoreId) throws SQLException {
        Optional<WrapUpFacts.Strength> best = Optional.empty();
        try (PreparedStatement ps = Transaction.prepare(
                        c,
                        "select criterion, points, max_points from score_criteria"
                                + " where score_id = ? and max_points > 0 order by criterion",
                        scoreId);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Optional<Criterion> criterion = Criterion.fromId(rs.getString(1));
                double points = rs.getDouble(2);
                double max = rs.getDouble(3);
                if (criterion.isPresent()
                        && points > 0
                        && best.map(b -> points / max > b.points() / b.maxPoints())
                                .orElse(true)) {
                    best = Optional.of(new WrapUpFacts.Strength(criterion.get(), points, max));
                }
            }
        }
        return best;
    }
}
