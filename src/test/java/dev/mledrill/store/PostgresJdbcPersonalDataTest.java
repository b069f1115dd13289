package dev.mledrill.store;

import dev.mledrill.store.contract.TestDatabases;
import org.junit.jupiter.api.DisplayName;

/** The same contract as {@link JdbcPersonalDataTest}, on PostgreSQL (skipped without one; see TestDatabases). */
@DisplayName("JdbcPersonalDataTest on PostgreSQL")
class PostgresJdbcPersonalDataTest extends JdbcPersonalDataTest {
    @Override
    protected Database openDatabase() {
        return TestDatabases.freshPostgres();
    }
}
