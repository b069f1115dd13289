package dev.mledrill.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mledrill.drill.ProgressOptions;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressOptionsConfigTest {
    @TempDir
    Path dir;

    private AppConfig load(String extra) throws Exception {
        return OneChannelConfig.load(dir, extra);
    }

    @Test
    @DisplayName("weekly_summary, reminders and remind_before are read as on/off and a duration, off and 2h by default")
    void readsOptions() throws Exception {
        assertThat(load("").channels().get(0).progress()).isEqualTo(ProgressOptions.DEFAULTS);
        assertThat(load("    weekly_summary: on\n    reminders: on\n    remind_before: 90m\n")
                        .channels()
                        .get(0)
                        .progress())
                .isEqualTo(new ProgressOptions(true, true, Duration.ofMinutes(90)));
    }

    @Test
    @DisplayName("a bad value is named with its key")
    void badValues() {
        assertThatThrownBy(() -> load("    reminders: sometimes\n    remind_before: soon\n"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems())
                        .anySatisfy(p -> assertThat(p).contains("reminders", "expected on or off"))
                        .anySatisfy(p -> assertThat(p).contains("remind_before")));
    }

    @Test
    @DisplayName("follow_up is on by default, can be turned off per channel, and a bad value is named with its key")
    void followUpOption() throws Exception {
        assertThat(load("").channels().get(0).followUp()).isTrue();
        assertThat(load("    follow_up: off\n").channels().get(0).followUp()).isFalse();
        assertThat(load("    follow_up: on\n").channels().get(0).followUp()).isTrue();
        assertThatThrownBy(() -> load("    follow_up: sometimes\n"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems())
                        .anySatisfy(p -> assertThat(p).contains("follow_up", "expected on or off")));
    }
}
