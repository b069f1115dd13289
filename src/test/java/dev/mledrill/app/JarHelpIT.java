package dev.mledrill.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.testing.JarRun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the shaded jar")
class JarHelpIT {
    @Test
    @DisplayName("starts as a child process and lists its commands")
    void listsCommands() {
        JarRun.Result help = JarRun.of("--help").run();

        assertThat(help.exit()).as(help.toString()).isZero();
        assertThat(help.out()).contains("drill", "leaderboard", "backup", "restore");
        assertThat(help.err()).doesNotContain("Exception");
    }
}
