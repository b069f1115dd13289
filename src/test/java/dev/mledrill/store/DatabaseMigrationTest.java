package dev.mledrill.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseMigrationTest {

    @Test
    @DisplayName("an empty directory is migrated to the full schema")
    void migratesFromEmpty(@TempDir Path dir) throws Exception {
        try (Database db = Database.h2File(dir);
                Connection c = db.connection();
                ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", "ANSWERS", null)) {
            assertThat(tables.next()).as("answers table exists").isTrue();
        }
    }
}
