package dev.mledrill.store;

import dev.mledrill.store.contract.TestDatabases;
import org.junit.jupiter.api.DisplayName;

/** The same contract as {@link JdbcAnswerStoreTest}, on PostgreSQL (skipped without one; see TestDatabases). */
@DisplayName("JdbcAnswerStoreTest on PostgreSQL")
class PostgresJdbcAnswerStoreTest extends JdbcAnswerStoreTest {
    @Override
    protected Database openDatabase() {
        return TestDatabases.freshPostgres();
    }

    @Override
    protected Database reopenDatabase() {
        return TestDatabases.postgres();
    }
}
