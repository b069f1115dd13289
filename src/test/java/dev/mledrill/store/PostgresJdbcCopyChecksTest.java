package dev.mledrill.store;

import dev.mledrill.store.contract.TestDatabases;
import org.junit.jupiter.api.DisplayName;

/** The same checks as {@link JdbcCopyChecksTest}, on PostgreSQL (skipped without one; see TestDatabases). */
@DisplayName("JdbcCopyChecksTest on PostgreSQL")
class PostgresJdbcCopyChecksTest extends JdbcCopyChecksTest {
    @Override
    protected Database openDatabase() {
        return TestDatabases.freshPostgres();
    }
}
