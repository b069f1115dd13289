package dev.mledrill.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.app.config.AppConfig;
import dev.mledrill.app.config.ConfigLoader;
import dev.mledrill.chat.slack.FakeSlack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceTest {
    private static final String CHANNEL = "C0DRILL";
    private static final Map<String, String> ENV =
            Map.of("SLACK_BOT_TOKEN", "xoxb-fake-bot-token", "SLACK_APP_TOKEN", "xapp-fake-app-token");

    @TempDir
    Path dir;

    private final FakeSlack slack = FakeSlack.start();

    @AfterEach
    void stop() {
        slack.close();
    }

    private AppConfig config() throws Exception {
        Path file = dir.resolve("mle-drill.yaml");
        Files.writeString(
                file, "database: " + dir.resolve("data") + "\n" + slack.serviceConfig(CHANNEL, "feedback: thread"));
        return ConfigLoader.load(Optional.of(file), ENV);
    }

    private List<FakeSlack.ApiCall> posts(boolean inThread) {
        return slack.calls("chat.postMessage").stream()
                .filter(call -> inThread
                        == (call.param("thread_ts") != null
                                || String.valueOf(call.param("json")).contains("\"thread_ts\"")))
                .toList();
    }

    @Test
    @DisplayName("run posts the channel's question, scores a threaded reply with feedback in the thread, "
            + "and after a restart backfills a reply written while it was down without posting again")
    void postsScoresAndCatchesUp() throws Exception {
        AppConfig config = config();
        PlatformCredentials credentials = PlatformCredentials.from(ENV);
        String threadTs;
        try (Application app = Application.openForService(config, ENV, Clock.systemUTC());
                Service service = Service.start(app, credentials, ENV)) {
            slack.awaitConnected();
            await().atMost(Duration.ofSeconds(20)).until(() -> latestQuestionTs() != null);
            threadTs = latestQuestionTs();
            FakeSlack.Delivery reply = slack.threadReply(
                    CHANNEL, threadTs, "U0ALICE", "Preview lag went from 110 ms to 82 ms on a Pixel 8.");
            slack.awaitAck(reply.envelopeId());
            await().atMost(Duration.ofSeconds(20)).until(() -> posts(true).size() == 1);
        }
        slack.addThreadMessage(CHANNEL, threadTs, "U0BOB", null, "Written while the bot was down: 40 ms faster.");

        try (Application app = Application.openForService(config, ENV, Clock.systemUTC());
                Service service = Service.start(app, credentials, ENV)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> posts(true).size() == 2);
        }

        assertThat(posts(false)).hasSize(1);
        assertThat(count(config, "select count(*) from answers a join scores s on s.answer_id = a.id"))
                .isEqualTo(2);
    }

    private String latestQuestionTs() throws Exception {
        try (var db = ConfiguredDatabase.open(config().database(), ENV, ConfiguredDatabase.Use.CREATE);
                Connection c = db.connection();
                ResultSet rs = c.createStatement().executeQuery("select thread_id from posted_questions")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private int count(AppConfig config, String sql) throws Exception {
        try (var db = ConfiguredDatabase.open(config.database(), ENV, ConfiguredDatabase.Use.CREATE);
                Connection c = db.connection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
