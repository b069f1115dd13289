package dev.mledrill.store.contract;

import dev.mledrill.store.Database;
import org.junit.jupiter.api.DisplayName;

@DisplayName("schema contract on PostgreSQL")
class PostgresSchemaContractTest extends SchemaContract {
    @Override
    protected Database openDatabase() {
        return TestDatabases.freshPostgres();
    }
}
