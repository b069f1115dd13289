package dev.mledrill.store;

import dev.mledrill.store.contract.TestDatabases;
import org.junit.jupiter.api.DisplayName;

/** The same contract as {@link JdbcScoreStoreTest}, on PostgreSQL (skipped without one; see TestDatabases). */
@DisplayName("JdbcScoreStoreTest on PostgreSQL")
class PostgresJdbcScoreStoreTest extends JdbcScoreStoreTest {
    @Override
    protected Database openDatabase() {
        return TestDatabases.freshPostgres();
    }
}
