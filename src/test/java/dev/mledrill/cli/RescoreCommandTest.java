package dev.mledrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.store.Database;
import dev.mledrill.store.StoredAnswerSeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RescoreCommandTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("rescore gives every stored answer a current score under the new rubric version, once")
    void rescoresOnce() throws Exception {
        Path data = dir.resolve("data");
        try (Database db = Database.h2File(data)) {
            StoredAnswerSeed.seed(
                    db.dataSource(),
                    3,
                    List.of("Users want it instant, so I targeted 80 ms; int8 took" + " it from 140 ms to 70 ms."),
                    List.of("q1"),
                    "2026.10-1");
        }
        Path rubric = Files.writeString(
                dir.resolve("rubric.yaml"),
                Files.readString(Path.of("config/rubric.yaml")).replace("2026.12-1", "2026.12-2"));

        CliRun first = CliRun.of("rescore", "--data", data.toString(), "--rubric", rubric.toString());
        CliRun second = CliRun.of("rescore", "--data", data.toString(), "--rubric", rubric.toString());

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("rescored 3 answer(s) with rubric 2026.12-2");
        assertThat(second.out()).contains("rescored 0 answer(s)");
        try (Database db = Database.h2File(data);
                Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select rubric_version, current_score, count(*) from scores"
                        + " group by rubric_version, current_score order by rubric_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getString(1), rs.getBoolean(2), rs.getInt(3))).containsExactly("2026.10-1", false, 3);
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getString(1), rs.getBoolean(2), rs.getInt(3))).containsExactly("2026.12-2", true, 3);
        }
    }

    @Test
    @DisplayName("rescoring back to an earlier rubric version makes the scores under that version current again")
    void backToAnEarlierVersion() throws Exception {
        Path data = dir.resolve("data");
        try (Database db = Database.h2File(data)) {
            StoredAnswerSeed.seed(
                    db.dataSource(),
                    2,
                    List.of("Users want it instant, so I targeted 80 ms; int8 took" + " it from 140 ms to 70 ms."),
                    List.of("q1"),
                    "2026.10-1");
        }
        Path older = Files.writeString(
                dir.resolve("older.yaml"),
                Files.readString(Path.of("config/rubric.yaml"))
                        .replaceFirst("version: \"[^\"]+\"", "version: \"2026.10-1\""));
        Path newer = Files.writeString(
                dir.resolve("newer.yaml"),
                Files.readString(Path.of("config/rubric.yaml"))
                        .replaceFirst("version: \"[^\"]+\"", "version: \"2099.01-1\""));
        CliRun forward = CliRun.of("rescore", "--data", data.toString(), "--rubric", newer.toString());

        CliRun back = CliRun.of("rescore", "--data", data.toString(), "--rubric", older.toString());
        CliRun again = CliRun.of("rescore", "--data", data.toString(), "--rubric", older.toString());

        assertThat(forward.out()).contains("rescored 2 answer(s)");
        assertThat(back.exit()).as(back.err()).isZero();
        assertThat(back.out()).contains("2 answer(s) already had a score under rubric 2026.10-1");
        assertThat(again.out()).contains("nothing to do");
        try (Database db = Database.h2File(data);
                Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select rubric_version, count(*) from scores where current_score"
                        + " group by rubric_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getString(1), rs.getInt(2))).containsExactly("2026.10-1", 2);
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    @DisplayName("rescore without a database says where it looked")
    void noDatabase() {
        CliRun run = CliRun.of("rescore", "--data", dir.resolve("none").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no mle-drill database in");
    }
}
