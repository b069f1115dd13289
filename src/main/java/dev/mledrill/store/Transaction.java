package dev.mledrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;

/** Runs JDBC work in one transaction, with the few portable helpers the stores share. */
final class Transaction {
    /** SQLSTATE of a unique-key violation in both H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transaction() {}

    static <T> T run(DataSource dataSource, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        bind(ps, args);
        return ps;
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    /** Inserts a row and returns its generated id, or empty if a unique key already holds it. */
    static OptionalLong insertUnique(Connection c, String sql, Object... args) throws SQLException {
        return unlessDuplicate(c, OptionalLong.empty(), connection -> {
            try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
                bind(ps, args);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return OptionalLong.of(keys.getLong(1));
                }
            }
        });
    }

    /** Inserts a row without a generated key; false if a unique key already holds it. */
    static boolean insertIfAbsent(Connection c, String sql, Object... args) throws SQLException {
        return unlessDuplicate(c, false, connection -> {
            update(c, sql, args);
            return true;
        });
    }

    /**
     * Inserts rows in one batch, skipping those a unique key already holds. A batch that breaks a
     * key (another instance inserted some of the rows meanwhile) is undone and the rows go in one by one.
     */
    static void insertAllIfAbsent(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Savepoint savepoint = c.getAutoCommit() ? null : c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
            if (savepoint != null) {
                c.releaseSavepoint(savepoint);
            }
            return;
        } catch (SQLException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            if (savepoint != null) {
                c.rollback(savepoint);
            }
        }
        for (Object[] row : rows) {
            insertIfAbsent(c, sql, row);
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs one statement and returns {@code onDuplicate} if it broke a unique key. Inside a
     * transaction a savepoint undoes just that statement: PostgreSQL refuses every further
     * statement of a transaction after an error unless it is rolled back to a savepoint.
     */
    private static <T> T unlessDuplicate(Connection c, T onDuplicate, Work<T> statement) throws SQLException {
        Savepoint savepoint = c.getAutoCommit() ? null : c.setSavepoint();
        try {
            T result = statement.run(c);
            if (savepoint != null) {
                c.releaseSavepoint(savepoint);
            }
            return result;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            if (savepoint != null) {
                c.rollback(savepoint);
            }
            return onDuplicate;
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i] instanceof Instant at ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC) : args[i];
            ps.setObject(i + 1, arg);
        }
    }
}
