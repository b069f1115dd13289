package dev.mledrill.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RubricLoaderTest {

    @Test
    @DisplayName("config/rubric.yaml holds exactly the documented defaults")
    void shippedFileIsTheDefaults() {
        assertThat(RubricLoader.load(Path.of("config/rubric.yaml"))).isEqualTo(Rubric.defaults());
    }

    @Test
    @DisplayName("a missing file falls back to the defaults")
    void missingFile(@TempDir Path dir) {
        assertThat(RubricLoader.loadOrDefaults(dir.resolve("none.yaml"))).isEqualTo(Rubric.defaults());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "outcome: 15|outcome: fifteen|weights.outcome: expected a number, got 'fifteen'",
                "  outcome: 15|  outcom: 15|weights.outcom: unknown criterion",
                "  outcome: 15|  outcome: 10|weights must add up to 100, not 95.0",
                "  hedge: 5|  hedging: 5|red_flags.hedging: unknown red flag",
                "version: \"2026.12-1\"|version: \"\"|version: missing",
                "focus_boost: 1.5|focus_boost: 9|focus boost 9.0 outside 1..5",
                "  poor: 0|  poor: 5|bands must include one starting at 0",
                "kept_share: 0.25|colour: blue|colour: unknown key",
            })
    @DisplayName("a bad rubric file fails fast, naming the file, the key and the reason")
    void failsFast(String from, String to, String message, @TempDir Path dir) throws Exception {
        String yaml = Files.readString(Path.of("config/rubric.yaml"));
        assertThat(yaml).contains(from);
        Path file = Files.writeString(dir.resolve("rubric.yaml"), yaml.replace(from, to));

        assertThatThrownBy(() -> RubricLoader.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(message);
    }
}
