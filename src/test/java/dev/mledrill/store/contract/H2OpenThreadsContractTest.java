package dev.mledrill.store.contract;

import dev.mledrill.store.Database;
import org.junit.jupiter.api.DisplayName;

@DisplayName("open threads contract on H2")
class H2OpenThreadsContractTest extends OpenThreadsContract {
    @Override
    protected Database openDatabase() {
        return TestDatabases.freshH2();
    }
}
