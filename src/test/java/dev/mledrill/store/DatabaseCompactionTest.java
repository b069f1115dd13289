package dev.mledrill.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up compaction of the embedded H2 file: only once the file has grown past a size. */
class DatabaseCompactionTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("a file below the size is left as it is at start; past it, it is compacted and keeps its rows")
    void compactsOnlyPastTheSize() throws SQLException {
        // given a file grown by 300 commits (every commit appended) and closed without compaction
        try (Database db = Database.h2File(dir);
                Connection c = db.connection()) {
            for (int i = 0; i < 300; i++) {
                Transaction.update(
                        c,
                        "insert into workspaces (platform, external_id, created_at) values ('slack', ?, ?)",
                        "T" + i,
                        Instant.EPOCH);
            }
        }
        Path file = Backup.databaseFile(dir.toAbsolutePath());
        long grown = file.toFile().length();

        // when / then
        Database.compactH2File(dir, grown + 1);
        assertThat(file.toFile().length()).isEqualTo(grown);
        Database.compactH2File(dir, grown);
        assertThat(file.toFile().length()).isLessThan(grown);
        try (Database db = Database.h2File(dir);
                Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("select count(*) from workspaces");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(300);
        }
    }
}
