package dev.mledrill.bench;

import dev.mledrill.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The size on disk of a bench database after a bulk load, before and after compaction: an H2 file
 * compacted as the service does at a clean stop (SHUTDOWN COMPACT, then reopened), PostgreSQL
 * after VACUUM FULL; with the bytes per table (its indexes included).
 */
final class DiskSize {
    private static final String H2_TABLES =
            "select table_name, disk_space_used('\"' || table_name || '\"') from information_schema.tables"
                    + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' order by 2 desc";
    private static final String PG_TABLES = "select relname, pg_total_relation_size(oid) from pg_class"
            + " where relkind = 'r' and relnamespace = 'public'::regnamespace order by 2 desc";

    private DiskSize() {}

    /** Compacts the loaded database and returns it open again (the same one where nothing is reopened). */
    static Database compact(String where, Path dir, Database loaded) throws SQLException {
        if (where.equals("mem")) {
            return loaded;
        }
        long start = System.nanoTime();
        if (where.equals("pg")) {
            System.out.printf(Locale.ROOT, "pg: %,.1f MB after the load%n", pgBytes(loaded) / 1e6);
            try (Connection c = loaded.connection();
                    Statement s = c.createStatement()) {
                s.execute("vacuum full analyze");
            }
            System.out.printf(
                    Locale.ROOT,
                    "pg: %,.1f MB after VACUUM FULL ANALYZE (%.1f s, %s)%n",
                    pgBytes(loaded) / 1e6,
                    (System.nanoTime() - start) / 1e9,
                    StandingsBench.load());
            return loaded;
        }
        System.out.printf(Locale.ROOT, "h2 file: %,.1f MB after the load%n", bytes(dir) / 1e6);
        loaded.closeCompacting();
        System.out.printf(
                Locale.ROOT,
                "h2 file: %,.1f MB after SHUTDOWN COMPACT (%.1f s, %s)%n",
                bytes(dir) / 1e6,
                (System.nanoTime() - start) / 1e9,
                StandingsBench.load());
        return Database.h2File(dir);
    }

    /** Bytes per table, largest first. */
    static void report(String where, Path dir, Database db) throws SQLException {
        if (where.equals("mem")) {
            return;
        }
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(where.equals("pg") ? PG_TABLES : H2_TABLES)) {
            while (rs.next()) {
                if (rs.getLong(2) > 1_000_000) {
                    System.out.printf(
                            Locale.ROOT,
                            "  %-20s %,10.1f MB%n",
                            rs.getString(1).toLowerCase(Locale.ROOT),
                            rs.getLong(2) / 1e6);
                }
            }
        }
    }

    static long pgBytes(Database db) throws SQLException {
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select pg_database_size(current_database())")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long bytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
