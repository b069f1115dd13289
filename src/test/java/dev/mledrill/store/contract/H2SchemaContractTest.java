package dev.mledrill.store.contract;

import dev.mledrill.store.Database;
import org.junit.jupiter.api.DisplayName;

@DisplayName("schema contract on H2")
class H2SchemaContractTest extends SchemaContract {
    @Override
    protected Database openDatabase() {
        return TestDatabases.freshH2();
    }
}
