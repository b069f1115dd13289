package dev.mledrill.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Locale;

/** Plain SQL for tests: a query's rows as text (to compare kept tables with a rebuild), an update. */
final class TestSql {
    private TestSql() {}

    /** One line a row, numbers rounded so that sums added up in another order compare equal. */
    static String rows(Database db, String sql) {
        StringBuilder text = new StringBuilder();
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    text.append(i > 1 ? " " : "")
                            .append(
                                    value instanceof Double d
                                            ? String.format(Locale.ROOT, "%.6f", d)
                                            : value instanceof OffsetDateTime t
                                                    ? t.toInstant().toString()
                                                    : String.valueOf(value));
                }
                text.append('\n');
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    static void execute(Database db, String sql) {
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
