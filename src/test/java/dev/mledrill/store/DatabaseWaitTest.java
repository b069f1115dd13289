package dev.mledrill.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseWaitTest {
    @TempDir
    Path dir;

    private Process holder;

    @AfterEach
    void stopHolder() throws Exception {
        if (holder != null) {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    @DisplayName("a command waits its turn while another process holds the H2 file, then opens it")
    void waitsItsTurn() throws Exception {
        holdDatabase();
        CompletableFuture<Database> opening =
                CompletableFuture.supplyAsync(() -> Database.h2File(dir, Duration.ofSeconds(60)));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> !opening.isDone());

        holder.getOutputStream().close();

        try (Database db = opening.get(60, TimeUnit.SECONDS)) {
            assertThat(db.connection().isValid(1)).isTrue();
        }
    }

    @Test
    @DisplayName("past its wait, a command gets one line naming the setting to raise")
    void givesUpAfterTheWait() throws Exception {
        holdDatabase();

        assertThatThrownBy(() -> Database.h2File(dir, Duration.ofMillis(500)))
                .isInstanceOf(DatabaseBusyException.class)
                .hasMessageContaining("in use by another mle-drill command")
                .hasMessageContaining(DatabaseWait.VARIABLE)
                .hasMessageNotContaining("\n");
    }

    @Test
    @DisplayName("the wait comes from MLE_DRILL_DATABASE_WAIT_SECONDS, and a bad value is refused")
    void waitSetting() {
        assertThat(DatabaseWait.from(Map.of())).isEqualTo(DatabaseWait.DEFAULT);
        assertThat(DatabaseWait.from(Map.of(DatabaseWait.VARIABLE, "5"))).isEqualTo(Duration.ofSeconds(5));
        assertThatThrownBy(() -> DatabaseWait.from(Map.of(DatabaseWait.VARIABLE, "-1")))
                .hasMessageContaining("not a number of seconds");
    }

    private void holdDatabase() throws Exception {
        holder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldDatabaseFile.class.getName(),
                        dir.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("ready");
    }
}
