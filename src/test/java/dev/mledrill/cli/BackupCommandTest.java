package dev.mledrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.store.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName(
            "backup copies the database while another process (the service) holds it open, and restore brings it back")
    void onlineBackupFromAnotherProcess() throws Exception {
        // given a second JVM holding the database open, as the running service does
        Path data = dir.resolve("data");
        Process service = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldDatabase.class.getName(),
                        data.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("ready");

            // when
            CliRun backup = CliRun.of(
                    "backup",
                    "--data",
                    data.toString(),
                    dir.resolve("nightly.zip").toString());

            // then
            assertThat(backup.exit()).as(backup.err()).isZero();
            assertThat(backup.out()).contains("backup written to");
            assertThat(dir.resolve("nightly.zip")).isNotEmptyFile();
        } finally {
            service.getOutputStream().close();
            assertThat(service.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }

        CliRun restore = CliRun.of(
                "restore",
                "--data",
                dir.resolve("restored").toString(),
                dir.resolve("nightly.zip").toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        try (Database restored = Database.h2File(dir.resolve("restored"));
                Connection c = restored.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from workspaces where external_id = 'THELD'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("restore refuses while a database exists in the data directory, and backup refuses a missing database")
    void refusals() throws Exception {
        Path data = dir.resolve("data");
        Database.h2File(data).close();
        CliRun backup = CliRun.of(
                "backup", "--data", data.toString(), dir.resolve("b.zip").toString());
        assertThat(backup.exit()).isZero();

        CliRun restore = CliRun.of(
                "restore", "--data", data.toString(), dir.resolve("b.zip").toString());
        CliRun missing = CliRun.of(
                "backup",
                "--data",
                dir.resolve("nowhere").toString(),
                dir.resolve("c.zip").toString());
        CliRun again = CliRun.of(
                "backup", "--data", data.toString(), dir.resolve("b.zip").toString());

        assertThat(restore.exit()).isEqualTo(1);
        assertThat(restore.err()).contains("a database already exists", "move it aside");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no mle-drill database in");
        assertThat(Files.exists(dir.resolve("nowhere"))).isFalse();
        assertThat(again.err()).contains("refusing to overwrite");
    }
}
