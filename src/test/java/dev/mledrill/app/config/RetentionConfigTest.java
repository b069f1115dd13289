package dev.mledrill.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionConfigTest {
    @TempDir
    Path dir;

    private AppConfig load(String yaml, Map<String, String> env) throws Exception {
        return ConfigLoader.load(Optional.of(Files.writeString(dir.resolve("c.yaml"), yaml)), env);
    }

    @Test
    @DisplayName("retention.answer_text_days is read from the file, overridden by its variable, and absent by default")
    void readsRetention() throws Exception {
        assertThat(load("retention:\n  answer_text_days: 90\n", Map.of())
                        .retention()
                        .answerTextDays())
                .contains(90);
        assertThat(load("retention:\n  answer_text_days: 90\n", Map.of("MLE_DRILL_RETENTION_ANSWER_TEXT_DAYS", "14"))
                        .retention()
                        .answerTextDays())
                .contains(14);
        assertThat(load("database: ./data\n", Map.of()).retention().answerTextDays())
                .isEmpty();
    }

    @Test
    @DisplayName("zero, negative, non-numeric days and unknown retention keys are named by key")
    void refusesBadRetention() {
        assertThatThrownBy(() -> load("retention:\n  answer_text_days: 0\n", Map.of()))
                .hasMessageContaining("retention.answer_text_days: expected 1 to 36500 days");
        assertThatThrownBy(() -> load("retention:\n  answer_text_days: soon\n", Map.of()))
                .hasMessageContaining("retention.answer_text_days: expected a whole number");
        assertThatThrownBy(() -> load("retention:\n  scores_days: 3\n", Map.of()))
                .hasMessageContaining("retention.scores_days: unknown key");
    }
}
