package dev.mledrill.store;

import dev.mledrill.store.contract.TestDatabases;
import org.junit.jupiter.api.DisplayName;

/** The same contract as {@link JdbcPrivateAnswersStoreTest}, on PostgreSQL (skipped without one; see TestDatabases). */
@DisplayName("JdbcPrivateAnswersStoreTest on PostgreSQL")
class PostgresJdbcPrivateAnswersStoreTest extends JdbcPrivateAnswersStoreTest {
    @Override
    protected Database openDatabase() {
        return TestDatabases.freshPostgres();
    }
}
