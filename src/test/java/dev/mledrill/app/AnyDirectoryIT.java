package dev.mledrill.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.testing.JarRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the jar outside the repository")
class AnyDirectoryIT {
    @TempDir
    Path dir;

    @Test
    @DisplayName(
            "drill works from an empty directory with the questions, rubric and follow-up templates inside the jar")
    void drillFromAnEmptyDirectory() {
        JarRun.Result drill = JarRun.of("drill", "--user", "alice")
                .in(dir)
                .stdin("Users felt the preview stutter, so I cut p95 latency from 40 ms to 18 ms on a Pixel 7.\n.\n"
                        + "I checked accuracy against the FP32 baseline on 2,000 frames: within 0.4 %.\n")
                .run();

        assertThat(drill.exit()).as(drill.toString()).isZero();
        assertThat(drill.out()).contains("/100", "Follow-up: ", "Your follow-up reply, scored with your answer: ");
        assertThat(drill.err()).doesNotContain("no such directory", "Exception");
        assertThat(Files.exists(dir.resolve("data"))).isTrue();
    }

    @Test
    @DisplayName("questions list and validate read the bundled bank from an empty directory")
    void bundledBank() {
        JarRun.Result list = JarRun.of("questions", "list").in(dir).run();
        JarRun.Result validate = JarRun.of("questions", "validate").in(dir).run();

        assertThat(list.exit()).as(list.toString()).isZero();
        assertThat(list.out()).contains("vision");
        assertThat(validate.exit()).as(validate.toString()).isZero();
        assertThat(validate.out()).contains("questions valid");
    }
}
