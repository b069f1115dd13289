package dev.mledrill.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.h2.tools.Restore;

/**
 * Online backup and offline restore of the embedded H2 database. A backup is H2's own
 * consistent copy of the database file in a zip, taken while the service keeps running.
 */
public final class Backup {
    static final String DATABASE_NAME = "mle-drill";

    private Backup() {
    }

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
            try (PreparedStatement ps = c.prepareStatement("BACKUP TO ?")) {
                ps.setString(1, absolute.toString());
                ps.execute();
            }
            return absolute;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("backup to " + absolute + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Restores a backup zip into {@code dataDirectory}, which must hold no database yet (the
     * service must be stopped and the old files moved aside first).
     */
    public static void restore(Path zip, Path dataDirectory) {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalArgumentException("no backup file at " + zip.toAbsolutePath());
        }
        Path existing = databaseFile(dataDirectory);
        if (Files.exists(existing)) {
            throw new IllegalArgumentException("a database already exists at " + existing.toAbsolutePath()
                    + "; stop the service and move it aside before restoring");
        }
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + dataDirectory.toAbsolutePath(), e);
        }
        Restore.execute(zip.toAbsolutePath().toString(), dataDirectory.toAbsolutePath().toString(), DATABASE_NAME);
    }
}
