package dev.mledrill.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {

    @Test
    @DisplayName("a backup taken while the database is open restores to the data it held then")
    void onlineBackupRestores(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("backups/nightly.zip");
        try (Database db = Database.h2File(dir.resolve("live"))) {
            addWorkspace(db, "T1");
            Backup.backup(db, zip);
            addWorkspace(db, "T2");
        }

        Backup.restore(zip, dir.resolve("restored"));

        try (Database restored = Database.h2File(dir.resolve("restored"))) {
            assertThat(workspaces(restored)).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("restore refuses to overwrite a database and backup refuses to overwrite a file")
    void refusesToOverwrite(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("b.zip");
        try (Database db = Database.h2File(dir.resolve("live"))) {
            Backup.backup(db, zip);
            assertThatThrownBy(() -> Backup.backup(db, zip)).hasMessageContaining("refusing to overwrite");
        }
        assertThatThrownBy(() -> Backup.restore(zip, dir.resolve("live"))).hasMessageContaining("already exists");
        assertThatThrownBy(() -> Backup.restore(dir.resolve("missing.zip"), dir.resolve("x")))
                .hasMessageContaining("no backup file");
    }

    private static void addWorkspace(Database db, String id) throws SQLException {
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            s.executeUpdate("insert into workspaces (platform, external_id, created_at) values ('slack', '" + id
                    + "', current_timestamp)");
        }
    }

    private static long workspaces(Database db) throws SQLException {
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from workspaces")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
