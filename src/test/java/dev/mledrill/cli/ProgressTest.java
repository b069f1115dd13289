package dev.mledrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    @DisplayName("off a terminal, progress is written as plain lines on stderr with the count, rate and task")
    void plainLinesOffTerminal() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            try (Progress quick = Progress.start("quick", 1, "answers")) {
                quick.stepBy(1);
            }
            try (Progress progress = Progress.start("rescore", 40, "answers", java.time.Duration.ZERO)) {
                progress.stepBy(25);
                progress.stepBy(15);
            }
            Progress.whileRunning("backup", "B", () -> 2048, () -> "done", java.time.Duration.ZERO);
        } finally {
            System.setErr(original);
        }

        String lines = captured.toString(StandardCharsets.UTF_8);
        assertThat(lines)
                .contains("rescore", "40/40", "answers/s", "backup", "2048")
                .doesNotContain("\r", "quick");
    }
}
