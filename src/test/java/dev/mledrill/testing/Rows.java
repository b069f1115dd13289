package dev.mledrill.testing;

import dev.mledrill.store.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Plain SQL reads for assertions on what the real stores wrote. */
public final class Rows {
    private Rows() {}

    /** The single number {@code sql} selects (a count, say). */
    public static long count(Database db, String sql) throws SQLException {
        try (Connection c = db.connection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of every row {@code sql} selects. */
    public static Set<String> strings(Database db, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Connection c = db.connection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /**
     * How many times each platform message id is stored as a reply: as an answer, or as the reply to a
     * follow-up probe (which is kept with its probe, not as an answer).
     */
    public static Map<String, Long> repliesPerMessage(Database db) throws SQLException {
        Map<String, Long> copies = answersPerMessage(db);
        try (Connection c = db.connection();
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "select reply_message_id, count(*) from answer_probes where reply_message_id is not null"
                                        + " group by reply_message_id")) {
            while (rs.next()) {
                copies.merge(rs.getString(1), rs.getLong(2), Long::sum);
            }
        }
        return copies;
    }

    /** How many answer rows each platform message id has. */
    public static Map<String, Long> answersPerMessage(Database db) throws SQLException {
        Map<String, Long> copies = new HashMap<>();
        try (Connection c = db.connection();
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "select platform_message_id, count(*) from answers group by platform_message_id")) {
            while (rs.next()) {
                copies.put(rs.getString(1), rs.getLong(2));
            }
        }
        return copies;
    }
}
