package dev.mledrill.metrics;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/** The database answers {@code select 1} within a few seconds. */
public final class DatabaseCheck implements Check {
    private static final int TIMEOUT_SECONDS = 3;
    private final DataSource dataSource;

    public DatabaseCheck(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Optional<String> problem() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            statement.execute("select 1");
            return Optional.empty();
        } catch (SQLException | RuntimeException e) {
            return Optional.of("database not reachable (" + e.getClass().getSimpleName() + ")");
        }
    }
}
