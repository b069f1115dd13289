package dev.mledrill.store.contract;

import dev.mledrill.store.Database;
import org.junit.jupiter.api.DisplayName;

@DisplayName("open threads contract on PostgreSQL")
class PostgresOpenThreadsContractTest extends OpenThreadsContract {
    @Override
    protected Database openDatabase() {
        return TestDatabases.freshPostgres();
    }
}
