package dev.mledrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.store.Database;
import dev.mledrill.store.PersonalRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mle-drill export}, {@code forget} and {@code retention apply} against a real H2 data directory. */
class PrivacyCommandsTest {
    private static final Instant OLD = Instant.parse("2025-01-06T09:00:00Z");
    private static final ChannelRef SLACK = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final ChannelRef DISCORD = new ChannelRef(Platform.DISCORD, "G1", "D1");

    @TempDir
    Path dir;

    private Path data;

    @BeforeEach
    void storeAnswers() {
        data = dir.resolve("data");
        try (Database db = Database.h2File(data)) {
            PersonalRows rows = new PersonalRows(db);
            long kim = rows.answer(
                    new UserRef(Platform.SLACK, "T1", "U7"),
                    SLACK,
                    rows.question(SLACK, "q1", OLD),
                    "Kim: pruning 30% kept accuracy within 0.4 points",
                    OLD.plusSeconds(60));
            rows.score(kim, 0, "within 0.4 points", OLD.plusSeconds(61));
            rows.answer(
                    new UserRef(Platform.DISCORD, "G1", "U7"),
                    DISCORD,
                    rows.question(DISCORD, "q1", OLD),
                    "same id on Discord",
                    OLD.plusSeconds(90));
            rows.answer(
                    new UserRef(Platform.SLACK, "T1", "U8"),
                    SLACK,
                    rows.question(SLACK, "q2", OLD.plus(Duration.ofDays(1))),
                    "Lee's answer",
                    OLD.plus(Duration.ofDays(1)));
        }
    }

    private long count(String sql) {
        try (Database db = Database.h2File(data)) {
            return new PersonalRows(db).count(sql);
        }
    }

    @Test
    @DisplayName("export writes the user's answers, texts and scores as JSON, to stdout or a file")
    void exportsJson() throws Exception {
        CliRun run = CliRun.of("export", "--data", data.toString(), "--user", "U7", "--platform", "slack");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("accounts")).hasSize(1);
        JsonNode answer = json.path("accounts").get(0).path("answers").get(0);
        assertThat(answer.path("text").asText()).isEqualTo("Kim: pruning 30% kept accuracy within 0.4 points");
        assertThat(answer.path("scores")
                        .get(0)
                        .path("criteria")
                        .get(0)
                        .path("max_points")
                        .asDouble())
                .isPositive();
        assertThat(json.path("accounts").get(0).path("streaks")).hasSize(1);

        CliRun toFile = CliRun.of(
                "export",
                "--data",
                data.toString(),
                "--user",
                "U7",
                "-o",
                dir.resolve("u7.json").toString());
        assertThat(toFile.out()).contains("wrote 2 answer(s) and 1 score(s)");
        assertThat(new ObjectMapper()
                        .readTree(Files.readString(dir.resolve("u7.json")))
                        .path("accounts"))
                .hasSize(2);
    }

    @Test
    @DisplayName(
            "forget deletes the user on the given platform only, says what it deleted, and exits 1 when nothing matches")
    void forgets() {
        CliRun run = CliRun.of("forget", "--data", data.toString(), "--user", "U7", "--platform", "slack");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("forgot slack user U7 in workspace T1", "answers 1", "scores 1", "users 1");
        assertThat(count("select count(*) from answers")).isEqualTo(2);
        assertThat(count("select count(*) from answers where body like 'Kim%'")).isZero();

        CliRun again =
                CliRun.of("forget", "--data", data.toString(), "--user", "U7", "--platform", "slack", "--team", "T1");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("nothing is stored for user U7 in slack workspace T1");
    }

    @Test
    @DisplayName("bad options get one clear line: an unknown platform, a team without a platform")
    void badOptions() {
        CliRun platform = CliRun.of("forget", "--data", data.toString(), "--user", "U7", "--platform", "irc");
        CliRun team = CliRun.of("export", "--data", data.toString(), "--user", "U7", "--team", "T1");

        assertThat(platform.exit()).isEqualTo(1);
        assertThat(platform.err()).contains("unknown platform 'irc'");
        assertThat(team.err()).contains("a workspace (team) needs its platform too");
        assertThat(count("select count(*) from answers")).isEqualTo(3);
    }

    @Test
    @DisplayName("retention apply uses retention.answer_text_days from the configuration and keeps scores")
    void retentionFromConfig() throws Exception {
        Path config = Files.writeString(dir.resolve("mle-drill.yaml"), "retention:\n  answer_text_days: 30\n");

        CliRun run = CliRun.of("retention", "apply", "--config", config.toString(), "--data", data.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("removed the text of 1 answer(s)", "(30 days)");
        assertThat(count("select count(*) from answers where body is null and body_deleted_at is not null"))
                .isEqualTo(1);
        assertThat(count("select count(*) from scores")).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "without a retention setting retention apply changes nothing; a stale service file does not get in the way")
    void retentionOffAndStaleServiceFile() throws Exception {
        Files.writeString(data.resolve("mle-drill.server"), "1 0123456789abcdef\n");
        Path config = Files.writeString(dir.resolve("mle-drill.yaml"), "database: ./data\n");

        CliRun off =
                CliRun.with(Map.of(), "retention", "apply", "--config", config.toString(), "--data", data.toString());
        CliRun days = CliRun.of(
                "retention", "apply", "--config", config.toString(), "--data", data.toString(), "--days", "7");

        assertThat(off.out()).contains("not set: answer texts are kept");
        assertThat(days.exit()).as(days.err()).isZero();
        assertThat(days.out()).contains("removed the text of 1 answer(s)");
    }
}
