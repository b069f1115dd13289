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

class MetricsConfigTest {
    @TempDir
    Path dir;

    private AppConfig load(String yaml, Map<String, String> env) throws Exception {
        return ConfigLoader.load(Optional.of(Files.writeString(dir.resolve("c.yaml"), yaml)), env);
    }

    @Test
    @DisplayName("metrics is off by default on 127.0.0.1; port and bind come from the file or their variables")
    void readsPortAndBind() throws Exception {
        AppConfig.MetricsListener none = load("database: ./data\n", Map.of()).metrics();
        assertThat(none.port()).isEmpty();
        assertThat(none.bind()).isEqualTo("127.0.0.1");
        assertThat(load("metrics:\n  port: 9464\n", Map.of()).metrics().port()).contains(9464);
        AppConfig.MetricsListener env = load(
                        "metrics:\n  port: 9464\n",
                        Map.of("MLE_DRILL_METRICS_PORT", "9000", "MLE_DRILL_METRICS_BIND", "0.0.0.0"))
                .metrics();
        assertThat(env.port()).contains(9000);
        assertThat(env.bind()).isEqualTo("0.0.0.0");
    }

    @Test
    @DisplayName("a port out of range, a non-number and unknown metrics keys are named by key")
    void refusesBadPort() {
        assertThatThrownBy(() -> load("metrics:\n  port: 70000\n", Map.of()))
                .hasMessageContaining("metrics.port: expected a TCP port");
        assertThatThrownBy(() -> load("metrics:\n  port: soon\n", Map.of()))
                .hasMessageContaining("metrics.port: expected a whole number");
        assertThatThrownBy(() -> load("metrics:\n  path: /m\n", Map.of()))
                .hasMessageContaining("metrics.path: unknown key");
    }
}
