package dev.mledrill.store;

import dev.mledrill.store.contract.TestDatabases;
import org.junit.jupiter.api.DisplayName;

/** The same checks as {@link RescoreStandingsTest}, on PostgreSQL (skipped without one; see TestDatabases). */
@DisplayName("RescoreStandingsTest on PostgreSQL")
class PostgresRescoreStandingsTest extends RescoreStandingsTest {
    @Override
    protected Database openDatabase() {
        return TestDatabases.freshPostgres();
    }
}
