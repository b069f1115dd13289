package dev.mledrill.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Restores a backup zip atomically: the script runs into a staging directory inside the data
 * directory, the result is checked (it has mle-drill's schema history, the migrations apply, its
 * tables can be counted), and only then is the database file moved into place. A failed restore
 * deletes the staging directory and leaves the data directory exactly as it was, so a retry works.
 */
public final class Restore {
    /** The tables whose rows a restore reports. */
    static final List<String> COUNTED = List.of("users", "answers", "scores");

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** What a restore did: rows per counted table, and where the database it replaced was kept. */
    public record Result(Map<String, Long> rows, Optional<Path> previous) {}

    private Restore() {}

    /**
     * Restores {@code zip} into {@code dataDirectory}. An existing database there is refused unless
     * {@code replace}, in which case it is kept beside the new one as {@code mle-drill.mv.db.before-restore-...}.
     */
    public static Result restore(Path zip, Path dataDirectory, boolean replace) {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalArgumentException("no backup file at " + zip.toAbsolutePath());
        }
        Path target = Backup.databaseFile(dataDirectory);
        if (Files.exists(target) && !replace) {
            throw new IllegalArgumentException(
                    "a database already exists at " + target.toAbsolutePath()
                            + "; stop the service and move it aside before restoring, or pass --replace to keep it beside the new one");
        }
        boolean createdDirectory = !Files.exists(dataDirectory);
        Path staging = null;
        try {
            Files.createDirectories(dataDirectory);
            staging = Files.createTempDirectory(dataDirectory, ".restore-");
            Map<String, Long> rows = load(zip, staging);
            Optional<Path> previous =
                    Files.exists(target) ? Optional.of(moveAside(dataDirectory, target)) : Optional.empty();
            Files.move(Backup.databaseFile(staging), target, StandardCopyOption.ATOMIC_MOVE);
            return new Result(rows, previous);
        } catch (IOException e) {
            throw new IllegalStateException("restoring " + zip.toAbsolutePath() + " failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(staging);
            if (createdDirectory && !Files.exists(target)) {
                deleteQuietly(dataDirectory);
            }
        }
    }

    /** Runs the script into {@code staging} and checks the result; returns its row counts. */
    private static Map<String, Long> load(Path zip, Path staging) {
        String url = "jdbc:h2:file:" + staging.toAbsolutePath().resolve(Backup.DATABASE_NAME);
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM " + Backup.literal(zip.toAbsolutePath()) + " COMPRESSION ZIP");
            try (ResultSet rs = s.executeQuery("select count(*) from information_schema.tables"
                    + " where lower(table_name) = 'flyway_schema_history'")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    throw new IllegalArgumentException(zip.toAbsolutePath()
                            + " is not a backup written by 'mle-drill backup'" + " (it holds no mle-drill schema)");
                }
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException(
                    "restoring " + zip.toAbsolutePath() + " failed, nothing was changed: "
                            + "the file is damaged or not a backup written by 'mle-drill backup' ("
                            + firstLine(e.getMessage()) + ")",
                    e);
        }
        // Migrating also validates the schema history the backup carries.
        try (Database restored = Database.h2File(staging, Duration.ZERO);
                Connection c = restored.connection();
                Statement s = c.createStatement()) {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : COUNTED) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    rows.put(table, rs.getLong(1));
                }
            }
            return rows;
        } catch (SQLException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "restoring " + zip.toAbsolutePath() + " failed, nothing was changed: "
                            + "the restored database does not check out (" + firstLine(e.getMessage()) + ")",
                    e);
        }
    }

    /** Keeps the database being replaced, after making sure no process (the service) has it open. */
    private static Path moveAside(Path dataDirectory, Path target) throws IOException {
        if (SharedH2.url(dataDirectory).isPresent()) {
            throw new IllegalStateException("the service is running on " + dataDirectory.toAbsolutePath()
                    + "; stop it before replacing its database");
        }
        Database.h2File(dataDirectory, Duration.ZERO).close();
        Path kept = target.resolveSibling(target.getFileName() + ".before-restore-" + STAMP.format(Instant.now()));
        return Files.move(target, kept, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A leftover staging directory is harmless: it starts with a dot and holds no live data.
        }
    }
}
