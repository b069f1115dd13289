package dev.mledrill.leaderboard;

import dev.mledrill.store.Database;
import dev.mledrill.store.contract.TestDatabases;
import org.junit.jupiter.api.DisplayName;

/** The same contract as {@link JdbcLeaderboardsTest}, on PostgreSQL (skipped without one; see TestDatabases). */
@DisplayName("JdbcLeaderboardsTest on PostgreSQL")
class PostgresJdbcLeaderboardsTest extends JdbcLeaderboardsTest {
    @Override
    protected Database openDatabase() {
        return TestDatabases.freshPostgres();
    }
}
