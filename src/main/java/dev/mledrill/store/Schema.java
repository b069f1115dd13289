package dev.mledrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Questions about the migrated schema itself, asked the same way on H2 and PostgreSQL. */
final class Schema {
    private Schema() {}

    /** Whether a table exists (tables added by later migrations may not be there yet). */
    static boolean hasTable(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = Transaction.prepare(
                        c,
                        "select count(*) from information_schema.tables where lower(table_name) = ?",
                        table.toLowerCase(java.util.Locale.ROOT));
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }
}
