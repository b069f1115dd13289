package dev.mledrill.store.contract;

import dev.mledrill.store.Database;
import org.junit.jupiter.api.DisplayName;

@DisplayName("job lock contract on PostgreSQL")
class PostgresJobLockContractTest extends JobLockContract {
    @Override
    protected Database openDatabase() {
        return TestDatabases.freshPostgres();
    }
}
