package dev.mledrill.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The database: a pooled DataSource whose schema Flyway has migrated to the latest version. */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private final DataSource dataSource;
    private final AutoCloseable closer;
    private final boolean compactable;

    private Database(DataSource dataSource, AutoCloseable closer, boolean compactable) {
        this.dataSource = dataSource;
        this.closer = closer;
        this.compactable = compactable;
    }

    /** An embedded H2 file database in {@code directory} (created if missing), migrated. */
    public static Database h2File(Path directory) {
        return h2File(directory, DatabaseWait.DEFAULT);
    }

    /** As {@link #h2File(Path)}, waiting up to {@code wait} while another local command holds the file. */
    public static Database h2File(Path directory, Duration wait) {
        Path dir = directory.toAbsolutePath();
        createDirectory(dir);
        return DatabaseWait.untilFree(wait, dir.toString(), () -> openFile(dir));
    }

    /** The data directory, created if missing; a path that cannot be one is one clear error. */
    private static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            String why = e instanceof AccessDeniedException
                    ? "permission denied"
                    : e instanceof FileAlreadyExistsException
                            ? "a file of that name is in the way"
                            : e instanceof FileSystemException fs && fs.getReason() != null
                                    ? fs.getReason()
                                    : e.getClass().getSimpleName();
            throw new IllegalArgumentException("cannot create the data directory " + dir + ": " + why);
        }
    }

    private static Database openFile(Path dir) {
        try {
            return open(fileUrl(dir), "sa", "");
        } catch (RuntimeException e) {
            if (DatabaseWait.inUse(e)) {
                throw e;
            }
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String message = String.valueOf(root.getMessage())
                    .strip()
                    .lines()
                    .findFirst()
                    .orElse("");
            throw new StoreException(
                    "cannot open the database in " + dir + " (is the directory writable?): " + message, e);
        }
    }

    private static String fileUrl(Path directory) {
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve(Backup.DATABASE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * The H2 database in {@code directory}, which must exist: through the running service when it shares
     * it ({@link SharedH2}), else opened directly. For commands run beside the service.
     */
    public static Database h2Existing(Path directory) {
        return h2Existing(directory, DatabaseWait.DEFAULT);
    }

    /** As {@link #h2Existing(Path)}, waiting up to {@code wait} while another local command holds the file. */
    public static Database h2Existing(Path directory, Duration wait) {
        if (!Files.exists(Backup.databaseFile(directory))) {
            throw new IllegalArgumentException("no mle-drill database in " + directory.toAbsolutePath());
        }
        // The service may start (and take the file) while we wait, so each attempt looks for it again.
        return DatabaseWait.untilFree(wait, directory.toAbsolutePath().toString(), () -> {
            Optional<String> shared = SharedH2.url(directory);
            if (shared.isPresent()) {
                try {
                    return open(shared.get(), "sa", "");
                } catch (RuntimeException stale) {
                    // The service that wrote the file is gone (killed, say): the database is free to open.
                    LOG.debug("the shared database is not reachable ({}); opening the file", stale.toString());
                }
            }
            return openFile(directory.toAbsolutePath());
        });
    }

    /** A private in-memory H2 database, migrated; it lives until {@link #close()}. */
    public static Database h2InMemory(String name) {
        return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /**
     * Opens the database at a JDBC URL ({@code jdbc:h2:...} or {@code jdbc:postgresql:...}) and
     * migrates it with the same Flyway migrations.
     */
    public static Database open(String jdbcUrl, String user, String password) {
        Database database;
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            JdbcConnectionPool pool = JdbcConnectionPool.create(durable(jdbcUrl), user, password);
            pool.setMaxConnections(32);
            database = new Database(
                    pool,
                    pool::dispose,
                    durable(jdbcUrl).toUpperCase(java.util.Locale.ROOT).contains(";REUSE_SPACE=FALSE"));
        } else if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(jdbcUrl);
            if (user != null && !user.isEmpty()) {
                config.setUsername(user);
            }
            if (password != null && !password.isEmpty()) {
                config.setPassword(password);
            }
            config.setMaximumPoolSize(16);
            config.setPoolName("mle-drill");
            HikariDataSource pool = new HikariDataSource(config);
            database = new Database(pool, pool::close, false);
        } else {
            throw new IllegalArgumentException(
                    "unsupported database URL (expected jdbc:h2:... or jdbc:postgresql:...): " + redact(jdbcUrl));
        }
        try {
            database.migrate();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /**
     * What makes an embedded H2 file keep every commit through a kill -9 (docs/DURABILITY.md):
     * WRITE_DELAY=0 writes each commit to the file before the commit returns (by default H2 holds
     * it in memory for up to half a second), and REUSE_SPACE=FALSE makes H2 append every chunk at the
     * end of the file: once the database had been open past H2's 45 s retention time, chunks written
     * into reused space were not found again after a kill, and commits that had returned were lost
     * (seen in 8 of 8 kill rounds). Appending grows the file, so the service compacts it at start and
     * at a clean stop ({@link #compactH2File}, {@link #closeCompacting}). Settings the URL names itself win.
     */
    static String durable(String h2Url) {
        // A tcp: or ssl: URL reaches a database its server process opened (and set) already.
        boolean local = !(h2Url.startsWith("jdbc:h2:mem:")
                || h2Url.startsWith("jdbc:h2:tcp:")
                || h2Url.startsWith("jdbc:h2:ssl:"));
        if (!local) {
            return h2Url;
        }
        String upper = h2Url.toUpperCase(java.util.Locale.ROOT);
        String url = h2Url;
        if (!upper.contains(";WRITE_DELAY=")) {
            url += ";WRITE_DELAY=0";
        }
        if (!upper.contains(";REUSE_SPACE=")) {
            url += ";REUSE_SPACE=FALSE";
        }
        return url;
    }

    /**
     * Below this size a file left by a kill is not compacted at start: compaction time grows with the
     * file and the machine's load (a 48 MB file took 71 s at load ~50), and a file this small costs
     * little to keep. A service killed again and again compacts once its file passes it.
     */
    static final long COMPACT_AT_START_BYTES = 16L * 1024 * 1024;

    /**
     * Rewrites the H2 file in {@code directory} without its dead chunks (H2's SHUTDOWN COMPACT), if it
     * exists, has grown past {@link #COMPACT_AT_START_BYTES} (a clean stop leaves it compacted) and no
     * process holds it. The service calls this before opening the database.
     */
    public static void compactH2File(Path directory) {
        compactH2File(directory, COMPACT_AT_START_BYTES);
    }

    static void compactH2File(Path directory, long minimumBytes) {
        Path file = Backup.databaseFile(directory.toAbsolutePath());
        if (!Files.exists(file)) {
            return;
        }
        long before = file.toFile().length();
        if (before < minimumBytes) {
            LOG.info(
                    "database file of {} KiB not compacted at start (compacted once past {} MiB, and at every clean stop)",
                    before / 1024,
                    minimumBytes / 1024 / 1024);
            return;
        }
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(durable(fileUrl(directory)), "sa", "");
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new IllegalStateException("could not compact the database file " + file + ": " + e.getMessage(), e);
        }
        LOG.info(
                "database file compacted from {} KiB to {} KiB in {} ms",
                before / 1024,
                file.toFile().length() / 1024,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Closes the database; an embedded H2 file is compacted first (H2's SHUTDOWN COMPACT), which also
     * ends sessions local commands hold through the service.
     */
    public void closeCompacting() {
        if (compactable) {
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                LOG.warn(
                        "compacting the database at close failed ({}); it is compacted at the next start",
                        e.getMessage());
            }
        }
        close();
    }

    /** The URL without its query string, which may carry a password. */
    static String redact(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?...";
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /** An embedded H2 file opened to append every commit (REUSE_SPACE=FALSE): it grows until compacted. */
    public boolean appendsEveryCommit() {
        return compactable;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the database failed", e);
        }
    }
}
