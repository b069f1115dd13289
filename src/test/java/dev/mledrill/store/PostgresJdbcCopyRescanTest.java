package dev.mledrill.store;

import dev.mledrill.store.contract.TestDatabases;
import org.junit.jupiter.api.DisplayName;

/** The same checks as {@link JdbcCopyRescanTest}, on PostgreSQL (skipped without one; see TestDatabases). */
@DisplayName("JdbcCopyRescanTest on PostgreSQL")
class PostgresJdbcCopyRescanTest extends JdbcCopyRescanTest {
    @Override
    protected Database openDatabase() {
        return TestDatabases.freshPostgres();
    }
}
