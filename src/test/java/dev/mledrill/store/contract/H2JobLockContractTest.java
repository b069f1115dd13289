package dev.mledrill.store.contract;

import dev.mledrill.store.Database;
import org.junit.jupiter.api.DisplayName;

@DisplayName("job lock contract on H2")
class H2JobLockContractTest extends JobLockContract {
    @Override
    protected Database openDatabase() {
        return TestDatabases.freshH2();
    }
}
