package dev.mledrill.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/** The database: a pooled DataSource whose schema Flyway has migrated to the latest version. */
public final class Database implements AutoCloseable {
    private final DataSource dataSource;
    private final AutoCloseable closer;

    private Database(DataSource dataSource, AutoCloseable closer) {
        this.dataSource = dataSource;
        this.closer = closer;
    }

    /** An embedded H2 file database in {@code directory} (created if missing), migrated. */
    public static Database h2File(Path directory) {
        Path file = directory.toAbsolutePath().resolve("mle-drill");
        return open("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    /** A private in-memory H2 database, migrated; it lives until {@link #close()}. */
    public static Database h2InMemory(String name) {
        return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** Opens the database at a JDBC URL and migrates it. */
    public static Database open(String jdbcUrl, String user, String password) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("unsupported database URL (expected jdbc:h2:...): " + jdbcUrl);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl, user, password);
        pool.setMaxConnections(32);
        Database database = new Database(pool, pool::dispose);
        database.migrate();
        return database;
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
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
