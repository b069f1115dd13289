package dev.mledrill.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.app.config.AppConfig;
import dev.mledrill.app.config.ConfigLoader;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.store.Database;
import dev.mledrill.store.PersonalRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running service applies the retention setting at start, and its /drill handler answers export and forget-me. */
class ServicePrivacyTest {
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final UserRef ANA = new UserRef(Platform.SLACK, "T1", "U1");

    @TempDir
    Path dir;

    @Test
    @DisplayName(
            "run removes answer texts older than retention.answer_text_days at start; /drill forget-me confirm deletes the rest")
    void retentionAtStartAndForgetMe() throws Exception {
        // given an answer from 40 days ago (scored) and one from yesterday
        Path data = dir.resolve("data");
        try (Database db = Database.h2File(data)) {
            PersonalRows rows = new PersonalRows(db);
            Instant old = NOW.minus(Duration.ofDays(40));
            rows.score(
                    rows.answer(ANA, CHANNEL, rows.question(CHANNEL, "q1", old), "old answer text", old),
                    0,
                    "old",
                    old);
            Instant recent = NOW.minus(Duration.ofDays(1));
            rows.answer(ANA, CHANNEL, rows.question(CHANNEL, "q2", recent), "recent answer text", recent);
        }
        Path file = Files.writeString(
                dir.resolve("mle-drill.yaml"), "database: " + data + "\nretention:\n  answer_text_days: 30\n");
        AppConfig config = ConfigLoader.load(Optional.of(file), Map.of());

        try (Application app = Application.openForService(config, Map.of(), Clock.fixed(NOW, ZoneOffset.UTC));
                Service service = Service.start(app, PlatformCredentials.from(Map.of()), Map.of())) {
            // then the old text goes at start, its score stays
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> count(app, "select count(*) from answers where body is null") == 1);
            assertThat(count(
                            app,
                            "select count(*) from scores s join answers a on a.id = s.answer_id where a.body is null"))
                    .isEqualTo(1);

            // and /drill forget-me reaches the privacy replies
            String reply = app.commands
                    .handle(new ChatEvent.CommandInvoked("e1", CHANNEL, ANA, "ana", false, "forget-me confirm", NOW))
                    .markdown();
            assertThat(reply).startsWith("Done").contains("answers 2");
            assertThat(count(app, "select count(*) from answers")).isZero();
        }
    }

    private static long count(Application app, String sql) {
        return new PersonalRows(app.database).count(sql);
    }
}
