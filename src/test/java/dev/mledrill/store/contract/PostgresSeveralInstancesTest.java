package dev.mledrill.store.contract;

import dev.mledrill.store.Database;
import org.junit.jupiter.api.DisplayName;

@DisplayName("three instances on one PostgreSQL database")
class PostgresSeveralInstancesTest extends SeveralInstancesContract {
    @Override
    protected Database openDatabase(boolean fresh) {
        return fresh ? TestDatabases.freshPostgres() : TestDatabases.postgres();
    }

    @Override
    protected String databaseSetting() {
        return TestDatabases.requiredPostgresUrl();
    }
}
