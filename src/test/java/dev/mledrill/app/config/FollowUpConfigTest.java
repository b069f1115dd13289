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

class FollowUpConfigTest {
    private static final String CHANNEL = """
            channels:
              - platform: slack
                team: T1
                channel: C1
                schedule: "0 0 9 ? * MON-FRI"
                time_zone: Europe/Berlin
            """;

    @TempDir
    Path dir;

    private AppConfig load(String extra) throws Exception {
        Path file = dir.resolve("mle-drill.yaml");
        Files.writeString(file, CHANNEL + extra);
        return ConfigLoader.load(Optional.of(file), Map.of());
    }

    @Test
    @DisplayName("follow_up is on by default and can be turned off per channel")
    void onByDefault() throws Exception {
        assertThat(load("").channels().get(0).followUp()).isTrue();
        assertThat(load("    follow_up: off\n").channels().get(0).followUp()).isFalse();
        assertThat(load("    follow_up: on\n").channels().get(0).followUp()).isTrue();
    }

    @Test
    @DisplayName("a bad follow_up value is named with its key")
    void badValue() {
        assertThatThrownBy(() -> load("    follow_up: sometimes\n"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems())
                        .anySatisfy(p -> assertThat(p).contains("follow_up", "expected on or off")));
    }
}
