package dev.mledrill.store.contract;

import dev.mledrill.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("three instances on one H2 file database")
class H2SeveralInstancesTest extends SeveralInstancesContract {
    @TempDir
    static Path dir;

    @Override
    protected Database openDatabase(boolean fresh) {
        return Database.h2File(dir);
    }

    @Override
    protected String databaseSetting() {
        return dir.toString();
    }
}
