package dev.mledrill.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.chat.slack.FakeSlack;
import dev.mledrill.cli.Main;
import dev.mledrill.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mle-drill run} as a real process: it starts against a fake Slack and stops cleanly on SIGTERM. */
class RunShutdownTest {
    @TempDir
    Path dir;

    private final FakeSlack slack = FakeSlack.start();
    private Process process;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        slack.close();
    }

    @Test
    @DisplayName(
            "run posts the question, shares its database while running, and on SIGTERM stops, releasing the database")
    void sigtermStopsGracefully() throws Exception {
        Path data = dir.resolve("data");
        Path config = dir.resolve("mle-drill.yaml");
        Files.writeString(config, """
                slack:
                  api_base_url: %s
                channels:
                  - platform: slack
                    team: %s
                    channel: C0RUN
                    schedule: "0 0 0 ? * *"
                    time_zone: UTC
                """.formatted(slack.settings().apiBaseUrl(), FakeSlack.TEAM));
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "run",
                        "--config",
                        config.toString(),
                        "--data",
                        data.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("run.log").toFile());
        builder.environment().put("SLACK_BOT_TOKEN", "xoxb-fake-bot-token");
        builder.environment().put("SLACK_APP_TOKEN", "xapp-fake-app-token");
        builder.environment().remove("DISCORD_TOKEN");
        process = builder.start();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> !slack.calls("chat.postMessage").isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(data.resolve("mle-drill.server")));
        process.destroy();

        assertThat(process.waitFor(40, TimeUnit.SECONDS))
                .as("exited after SIGTERM")
                .isTrue();
        String log = Files.readString(dir.resolve("run.log"));
        assertThat(log).contains("mle-drill is running on Slack", "stopping");
        assertThat(data.resolve("mle-drill.server")).doesNotExist();
        try (Database db = Database.h2File(data);
                Connection c = db.connection();
                ResultSet rs = c.createStatement()
                        .executeQuery("select count(*) from posted_questions where thread_id is not null")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
