package dev.mledrill.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Online backup and offline restore of the embedded H2 database. A backup is a SQL script of the
 * whole database (schema, rows and Flyway's history), zipped, written by H2 from one consistent
 * snapshot while the service keeps running. A script, unlike a copy of the database file, also
 * restores into a newer H2 version.
 */
public final class Backup {
    static final String DATABASE_NAME = "mle-drill";

    private Backup() {}

    /** The H2 file of the database kept in {@code dataDirectory} (it may not exist yet). */
    public static Path databaseFile(Path dataDirectory) {
        return dataDirectory.resolve(DATABASE_NAME + ".mv.db");
    }

    /** Writes a consistent zip of the running H2 database to {@code target}. */
    public static Path backup(Database database, Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new IllegalArgumentException("refusing to overwrite existing file " + absolute);
        }
        try (Connection c = database.connection()) {
            String url = c.getMetaData().getURL();
            if (!url.startsWith("jdbc:h2:file:") && !url.startsWith("jdbc:h2:tcp:")) {
                throw new IllegalArgumentException(
                        "backup works on the embedded H2 file database; for PostgreSQL use pg_dump");
            }
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Statement s = c.createStatement()) {
                s.execute("SCRIPT TO " + literal(absolute) + " COMPRESSION ZIP");
            }
            return absolute;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("backup to " + absolute + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Restores a backup zip into {@code dataDirectory}, which must hold no database yet (the
     * service must be stopped and the old files moved aside first); atomically, see {@link Restore}.
     */
    public static void restore(Path zip, Path dataDirectory) {
        Restore.restore(zip, dataDirectory, false);
    }

    static String literal(Path path) {
        return "'" + path.toString().replace("'", "''") + "'";
    }
}
