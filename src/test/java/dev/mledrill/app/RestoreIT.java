package dev.mledrill.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.testing.JarRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Budget ~20 s idle (8 child JVMs). */
@DisplayName("restore on the jar")
class RestoreIT {
    @TempDir
    Path dir;

    @Test
    @DisplayName("a truncated or non-zip backup leaves the target as it was, and the retry with the good file works")
    void failedRestoreChangesNothing() throws Exception {
        // given a backup of a database with one answer, and two damaged copies of it
        assertThat(jar("drill", "--user", "alice")
                        .stdin("Users felt the preview stutter, so I cut p95 from 40 ms to 18 ms.\n")
                        .run()
                        .exit())
                .isZero();
        Path good = dir.resolve("good.zip");
        assertThat(jar("backup", good.toString()).run().exit()).isZero();
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length / 2));
        Path notZip = Files.writeString(dir.resolve("notes.zip"), "these are notes, not a backup\n");
        Path target = dir.resolve("restored");

        // when restoring the damaged files into a new directory
        JarRun.Result fromTruncated = jar("restore", "--data", target.toString(), truncated.toString())
                .run();
        JarRun.Result fromNotZip =
                jar("restore", "--data", target.toString(), notZip.toString()).run();

        // then each fails in one line and leaves nothing behind
        assertThat(fromTruncated.exit()).as(fromTruncated.toString()).isEqualTo(1);
        assertThat(fromTruncated.err()).contains("nothing was changed").doesNotContain("at dev.mledrill");
        assertThat(fromNotZip.exit()).as(fromNotZip.toString()).isEqualTo(1);
        assertThat(fromNotZip.err()).contains("nothing was changed");
        assertThat(target).doesNotExist();

        // and a damaged file given with --replace leaves the live database untouched
        JarRun.Result overLive =
                jar("restore", "--replace", truncated.toString()).run();
        assertThat(overLive.exit()).as(overLive.toString()).isEqualTo(1);
        assertThat(jar("export", "--user", "alice", "--platform", "console")
                        .run()
                        .out())
                .contains("40 ms to 18 ms");

        // when retrying with the good file
        JarRun.Result retry =
                jar("restore", "--data", target.toString(), good.toString()).run();

        // then it restores, and the restored database serves commands
        assertThat(retry.exit()).as(retry.toString()).isZero();
        assertThat(retry.out()).contains("1 answers");
        JarRun.Result board = jar(
                        "leaderboard",
                        "--data",
                        target.toString(),
                        "--channel",
                        "console:local:terminal",
                        "--period",
                        "all")
                .run();
        assertThat(board.exit()).as(board.toString()).isZero();
        assertThat(board.out()).contains("alice");
    }

    private JarRun jar(String... args) {
        return JarRun.of(args).in(dir);
    }
}
