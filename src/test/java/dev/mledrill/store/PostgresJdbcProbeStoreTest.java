package dev.mledrill.store;

import dev.mledrill.store.contract.TestDatabases;
import org.junit.jupiter.api.DisplayName;

/** The same contract as {@link JdbcProbeStoreTest}, on PostgreSQL (skipped without one; see TestDatabases). */
@DisplayName("JdbcProbeStoreTest on PostgreSQL")
class PostgresJdbcProbeStoreTest extends JdbcProbeStoreTest {
    @Override
    protected Database openDatabase() {
        return TestDatabases.freshPostgres();
    }
}
