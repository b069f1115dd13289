package dev.mledrill.store;

import dev.mledrill.store.contract.TestDatabases;
import org.junit.jupiter.api.DisplayName;

/** The same checks as {@link StandingsTest}, on PostgreSQL (skipped without one; see TestDatabases). */
@DisplayName("StandingsTest on PostgreSQL")
class PostgresStandingsTest extends StandingsTest {
    @Override
    protected Database openDatabase() {
        return TestDatabases.freshPostgres();
    }
}
