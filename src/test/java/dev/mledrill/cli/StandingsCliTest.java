package dev.mledrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.schedule.PostedQuestion;
import dev.mledrill.store.Database;
import dev.mledrill.testing.Posts;
import dev.mledrill.testing.TestAnswers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StandingsCliTest {
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    private Path config;

    @BeforeEach
    void storeTwoAnswers() throws Exception {
        config = dir.resolve("mle-drill.yaml");
        Files.writeString(config, """
                database: %s
                channels:
                  - platform: slack
                    team: T1
                    channel: C1
                    name: drills
                    schedule: "0 0 9 ? * MON-FRI"
                    time_zone: Europe/Berlin
                    skip_dates: [2099-12-25]
                """.formatted(dir.resolve("data")));
        try (Database database = Database.h2File(dir.resolve("data"))) {
            LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
            PostedQuestion post = new Posts(database.dataSource(), ZONE).posted(CHANNEL, yesterday);
            TestAnswers answers = new TestAnswers(database.dataSource());
            java.time.Instant postedAt = post.windowClosesAt().minus(Duration.ofDays(1));
            answers.answer(
                    post.id(),
                    new UserRef(Platform.SLACK, "T1", "UA"),
                    "Alice",
                    postedAt.plusSeconds(60),
                    81,
                    Map.of());
            answers.answer(
                    post.id(), new UserRef(Platform.SLACK, "T1", "UB"), "Bob", postedAt.plusSeconds(120), 64, Map.of());
        }
    }

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new MleDrillCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return exit + "\n" + out + err;
    }

    private static JsonNode json(String output) throws Exception {
        return StandingsAccess.JSON.readTree(output.substring(output.indexOf('\n') + 1));
    }

    @Test
    @DisplayName("leaderboard --json ranks the channel's answers by points with the documented fields")
    void leaderboardJson() throws Exception {
        JsonNode board = json(
                run("leaderboard", "--config", config.toString(), "--channel", "#drills", "--period", "all", "--json"));

        assertThat(board.get("channel").asText()).isEqualTo("C1");
        assertThat(board.get("period").asText()).isEqualTo("all");
        assertThat(board.get("entries")).hasSize(2);
        assertThat(board.get("entries").get(0).get("userId").asText()).isEqualTo("UA");
        assertThat(board.get("entries").get(0).get("points").asDouble()).isEqualTo(81.0);
        assertThat(board.get("entries").get(0).get("currentStreak").asInt()).isEqualTo(1);
        assertThat(board.get("entries").get(1).get("displayName").asText()).isEqualTo("Bob");
    }

    @Test
    @DisplayName("streak --json gives the user's streak per channel; a bad period or channel is a clear usage error")
    void streakJsonAndErrors() throws Exception {
        JsonNode streak = json(run("streak", "--config", config.toString(), "--user", "UB", "--json"));

        assertThat(streak.get("streaks").get(0).get("current").asInt()).isEqualTo(1);
        assertThat(streak.get("streaks").get(0).get("name").asText()).isEqualTo("drills");
        assertThat(run("leaderboard", "--config", config.toString(), "--channel", "C1", "--period", "year"))
                .startsWith("2")
                .contains("unknown period 'year'");
        assertThat(run("leaderboard", "--config", config.toString(), "--channel", "nope"))
                .startsWith("2")
                .contains("unknown channel 'nope'");
    }

    @Test
    @DisplayName("schedule list shows each channel's next post in its zone")
    void scheduleList() throws Exception {
        JsonNode list = json(run("schedule", "list", "--config", config.toString(), "--json"));

        JsonNode channel = list.get("channels").get(0);
        assertThat(channel.get("zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(channel.get("nextPost").asText()).contains("T09:00");
        assertThat(channel.get("paused").asBoolean()).isFalse();
        assertThat(channel.get("skipDates").get(0).asText()).isEqualTo("2099-12-25");
    }
}
