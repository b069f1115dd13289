package dev.mledrill.store;

import dev.mledrill.chat.UserRef;
import dev.mledrill.privacy.UserData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads one user's rows for an export, inside the caller's transaction. */
final class UserDataRows {
    private static final String ANSWERS_OF = "(select id from answers where user_id = ?)";

    private final Connection c;
    private final long userId;
    private final UserRef account;

    UserDataRows(Connection c, long userId, UserRef account) {
        this.c = c;
        this.userId = userId;
        this.account = account;
    }

    UserData read() throws SQLException {
        Map<Long, List<UserData.Edit>> edits = edits();
        Map<Long, List<UserData.Score>> scores = scores();
        Map<Long, UserData.FollowUp> followUps = followUps();
        List<UserData.Answer> answers = new ArrayList<>();
        try (PreparedStatement ps = Transaction.prepare(c, """
                select a.*, c.external_id as channel_external_id from answers a
                left join channels c on c.id = a.channel_id
                where a.user_id = ? order by a.received_at, a.id""", userId);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong("id");
                answers.add(new UserData.Answer(
                        id,
                        rs.getString("question_id"),
                        rs.getString("channel_external_id"),
                        rs.getString("platform_message_id"),
                        rs.getBoolean("practice"),
                        rs.getBoolean("late"),
                        rs.getString("body"),
                        Transaction.instant(rs, "body_deleted_at"),
                        rs.getInt("revision"),
                        Transaction.instant(rs, "received_at"),
                        Transaction.instant(rs, "edited_at"),
                        Transaction.instant(rs, "withdrawn_at"),
                        edits.getOrDefault(id, List.of()),
                        scores.getOrDefault(id, List.of()),
                        rs.getString("copy_flag"),
                        nullableLong(rs, "copy_of"),
                        nullableDouble(rs, "copy_similarity"),
                        followUps.get(id)));
            }
        }
        try (PreparedStatement ps = Transaction.prepare(
                        c, "select display_name, leaderboard_opt_out, created_at from users where id = ?", userId);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new UserData(
                    account,
                    rs.getString("display_name"),
                    rs.getBoolean("leaderboard_opt_out"),
                    Transaction.instant(rs, "created_at"),
                    answers,
                    practiceSessions(),
                    streakFreezes(),
                    List.of());
        }
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private Map<Long, List<UserData.Edit>> edits() throws SQLException {
        Map<Long, List<UserData.Edit>> edits = new HashMap<>();
        try (PreparedStatement ps = Transaction.prepare(
                        c,
                        "select * from answer_edits where answer_id in " + ANSWERS_OF + " order by edited_at, id",
                        userId);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                edits.computeIfAbsent(rs.getLong("answer_id"), k -> new ArrayList<>())
                        .add(new UserData.Edit(
                                rs.getInt("revision"),
                                rs.getString("previous_body"),
                                rs.getString("body"),
                                Transaction.instant(rs, "edited_at"),
                                rs.getBoolean("counted")));
            }
        }
        return edits;
    }

    private Map<Long, List<UserData.Score>> scores() throws SQLException {
        Map<Long, List<UserData.CriterionPoints>> criteria = new HashMap<>();
        try (PreparedStatement ps =
                        Transaction.prepare(c, """
                select sc.* from score_criteria sc join scores s on s.id = sc.score_id
                where s.answer_id in""" + " " + ANSWERS_OF + " order by sc.score_id, sc.criterion", userId);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                criteria.computeIfAbsent(rs.getLong("score_id"), k -> new ArrayList<>())
                        .add(new UserData.CriterionPoints(
                                rs.getString("criterion"), rs.getDouble("points"), rs.getDouble("max_points")));
            }
        }
        Map<Long, List<UserData.Score>> scores = new HashMap<>();
        try (PreparedStatement ps = Transaction.prepare(
                        c,
                        "select * from scores where answer_id in " + ANSWERS_OF + " order by scored_at, id",
                        userId);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                scores.computeIfAbsent(rs.getLong("answer_id"), k -> new ArrayList<>())
                        .add(new UserData.Score(
                                rs.getInt("revision"),
                                rs.getString("rubric_version"),
                                rs.getDouble("total"),
                                rs.getString("band"),
                                rs.getBoolean("current_score"),
                                Transaction.instant(rs, "scored_at"),
                                criteria.getOrDefault(rs.getLong("id"), List.of()),
                                rs.getBoolean("with_probe")));
            }
        }
        return scores;
    }

    private Map<Long, UserData.FollowUp> followUps() throws SQLException {
        Map<Long, UserData.FollowUp> followUps = new HashMap<>();
        try (PreparedStatement ps = Transaction.prepare(c, "select * from answer_probes where user_id = ?", userId);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                followUps.put(
                        rs.getLong("answer_id"),
                        new UserData.FollowUp(
                                rs.getString("criterion"),
                                rs.getString("probe_text"),
                                Transaction.instant(rs, "asked_at"),
                                rs.getString("reply_message_id"),
                                rs.getString("reply_text"),
                                Transaction.instant(rs, "replied_at")));
            }
        }
        return followUps;
    }

    private List<UserData.PracticeSession> practiceSessions() throws SQLException {
        List<UserData.PracticeSession> sessions = new ArrayList<>();
        try (PreparedStatement ps = Transaction.prepare(
                        c,
                        "select question_id, thread_id, started_at from practice_sessions where user_id = ? order by started_at, id",
                        userId);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sessions.add(new UserData.PracticeSession(
                        rs.getString("question_id"), rs.getString("thread_id"), Transaction.instant(rs, "started_at")));
            }
        }
        return sessions;
    }

    private List<UserData.StreakFreeze> streakFreezes() throws SQLException {
        List<UserData.StreakFreeze> freezes = new ArrayList<>();
        if (!Schema.hasTable(c, "streak_freezes")) {
            return freezes;
        }
        try (PreparedStatement ps = Transaction.prepare(c, """
                select f.scope, f.drill_date, f.used_at,
                       case when f.scope = 'channel' then (select external_id from channels where id = f.scope_id)
                            else (select external_id from workspaces where id = f.scope_id) end as scope_external_id
                from streak_freezes f where f.user_id = ? order by f.drill_date, f.id""", userId);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                freezes.add(new UserData.StreakFreeze(
                        rs.getString("scope"),
                        rs.getString("scope_external_id"),
                        rs.getObject("drill_date", LocalDate.class),
                        Transaction.instant(rs, "used_at")));
            }
        }
        return freezes;
    }
}
