package dev.mledrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.schedule.PostedQuestion;
import dev.mledrill.store.Database;
import dev.mledrill.testing.Posts;
import dev.mledrill.testing.TestAnswers;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StatsCliTest {
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.SLACK, "T1", "C1");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    private Path config;

    @BeforeEach
    void storeAnswers() throws Exception {
        System.setProperty("java.awt.headless", "true");
        config = dir.resolve("mle-drill.yaml");
        Files.writeString(config, """
                database: %s
                channels:
                  - platform: slack
                    team: T1
                    channel: C1
                    name: drills
                    schedule: "0 0 9 ? * *"
                    time_zone: Europe/Berlin
                """.formatted(dir.resolve("data")));
        try (Database database = Database.h2File(dir.resolve("data"))) {
            TestAnswers answers = new TestAnswers(database.dataSource());
            Posts posts = new Posts(database.dataSource(), ZONE);
            for (int i = 6; i >= 1; i--) {
                PostedQuestion post = posts.posted(CHANNEL, LocalDate.now(ZONE).minusDays(i));
                var at = post.windowClosesAt().minus(Duration.ofHours(23));
                answers.answer(
                        post.id(),
                        new UserRef(Platform.SLACK, "T1", "UA"),
                        "Alice",
                        at,
                        40 + i,
                        Map.of(Criterion.FALLBACK, 1.0, Criterion.OUTCOME, 12.0 - i, Criterion.BUDGET, 10.0));
                answers.answer(
                        post.id(),
                        new UserRef(Platform.SLACK, "T1", "UB"),
                        "Bob",
                        at.plusSeconds(60),
                        50,
                        Map.of(Criterion.FALLBACK, 2.0, Criterion.OUTCOME, 14.0));
            }
        }
    }

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new MleDrillCommand()).setExecutionExceptionHandler(new UserErrors());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return exit + "\n" + out + err;
    }

    @Test
    @DisplayName("stats --json gives the person's answers oldest first, rolling shares and weakest criterion")
    void json() throws Exception {
        String output = run("stats", "--config", config.toString(), "--user", "UA", "--json");

        assertThat(output).startsWith("0\n");
        JsonNode doc = StandingsAccess.JSON.readTree(output.substring(2));
        assertThat(doc.get("answers")).hasSize(6);
        assertThat(doc.get("answers").get(0).get("total").asDouble()).isEqualTo(46.0);
        assertThat(doc.get("answers")
                        .get(0)
                        .get("criteria")
                        .get("fallback")
                        .get("max")
                        .asDouble())
                .isEqualTo(15.0);
        assertThat(doc.get("rollingShare").get("outcome")).hasSize(6);
        assertThat(doc.get("weakest").get("criterion").asText()).isEqualTo("fallback");
    }

    @Test
    @DisplayName("stats --png writes the person's chart and says what it shows; text output lists each criterion")
    void png() throws Exception {
        Path file = dir.resolve("alice.png");

        String output = run(
                "stats",
                "--config",
                config.toString(),
                "--user",
                "UA",
                "--channel",
                "drills",
                "--png",
                file.toString());

        assertThat(output).startsWith("0\n").contains("6 scored answers", "Risk and fallback", "wrote " + file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(560);
    }

    @Test
    @DisplayName("stats --team-chart writes the channel's team chart with the streak board")
    void teamChart() throws Exception {
        Path file = dir.resolve("team.png");

        String output =
                run("stats", "--config", config.toString(), "--channel", "#drills", "--team-chart", file.toString());

        assertThat(output)
                .startsWith("0\n")
                .contains("Team chart of drills", "of 12 scored answers", "Fallback 100 %", "Alice 6 (6)");
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(1200);
    }

    @Test
    @DisplayName("missing options, an unknown person for a chart, and a missing directory are one clear line each")
    void errors() {
        assertThat(run("stats", "--config", config.toString())).startsWith("2").contains("give --user U");
        assertThat(run("stats", "--config", config.toString(), "--user", "UA", "--team-chart", "x.png"))
                .startsWith("2")
                .contains("--team-chart needs --channel");
        assertThat(run("stats", "--config", config.toString(), "--user", "NOBODY"))
                .startsWith("0")
                .contains("no scored answers for NOBODY");
        assertThat(run(
                        "stats",
                        "--config",
                        config.toString(),
                        "--user",
                        "NOBODY",
                        "--png",
                        dir.resolve("n.png").toString()))
                .startsWith("1")
                .contains("no chart written")
                .doesNotContain("Exception");
        assertThat(run(
                        "stats",
                        "--config",
                        config.toString(),
                        "--user",
                        "UA",
                        "--png",
                        dir.resolve("no/such/dir.png").toString()))
                .startsWith("1")
                .contains("does not exist")
                .doesNotContain("Exception");
    }
}
