package dev.mledrill.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.testing.JarRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each command with bad input, on the jar: one clear line on stderr, a documented exit code, no stack trace. Budget ~30 s idle. */
@DisplayName("bad input to the jar")
class BadInputIT {
    private static final String ANSWER = "Users felt the preview stutter, so I cut p95 latency from 40 ms to 18 ms.\n";

    @TempDir
    static Path dir;

    @BeforeAll
    static void database() {
        JarRun.Result first =
                JarRun.of("drill", "--user", "alice").in(dir).stdin(ANSWER).run();
        assertThat(first.exit()).as(first.toString()).isZero();
    }

    @Test
    @DisplayName("a data directory that cannot be created: one line, and the piped answer kept in a file")
    void unwritableDataDirectory() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");

        JarRun.Result run = jar(
                        "drill", "--user", "bob", "--data", file.resolve("data").toString())
                .stdin(ANSWER)
                .run();

        assertOneLine(run, 1, "cannot create the data directory");
        Matcher kept = Pattern.compile("kept in (\\S+)").matcher(run.err());
        assertThat(kept.find()).as(run.err()).isTrue();
        assertThat(Files.readString(Path.of(kept.group(1)))).isEqualTo(ANSWER);
    }

    @Test
    @DisplayName("leaderboard --limit -5 is refused in one line")
    void negativeLimit() {
        assertOneLine(
                jar("leaderboard", "--channel", "console:local:terminal", "--limit", "-5")
                        .run(),
                2,
                "--limit must be at least 1");
    }

    @Test
    @DisplayName("reading commands given a mistyped --data refuse it instead of creating an empty database")
    void mistypedData() {
        Path typo = dir.resolve("dta");
        assertOneLine(
                jar("leaderboard", "--channel", "console:local:terminal", "--data", typo.toString())
                        .run(),
                1,
                "no mle-drill database in");
        assertOneLine(
                jar("streak", "--user", "alice", "--data", typo.toString()).run(), 1, "no mle-drill database in");
        assertOneLine(jar("schedule", "list", "--data", typo.toString()).run(), 1, "no mle-drill database in");
        assertThat(typo).doesNotExist();
    }

    @Test
    @DisplayName("answer --at in the future is refused")
    void futureAt() {
        assertOneLine(
                jar("answer", "--user", "alice", "--channel", "terminal", "--at", "2099-01-01T09:00:00Z")
                        .stdin(ANSWER)
                        .run(),
                1,
                "is in the future");
    }

    @Test
    @DisplayName("restore of a file that is not a backup, an unknown question, an unknown option, a missing rubric")
    void otherMistakes() throws Exception {
        Path notZip = Files.writeString(dir.resolve("notes.txt"), "not a backup");
        assertOneLine(
                jar("restore", "--data", dir.resolve("fresh").toString(), notZip.toString())
                        .run(),
                1,
                "nothing was changed");
        assertOneLine(
                jar("drill", "--question", "no-such-question").stdin(ANSWER).run(), 1, "unknown question id");
        assertOneLine(jar("drill").stdin("\n\n").run(), 1, "Your answer is empty");
        assertOneLine(
                jar("leaderboard", "--channel", "console:local:terminal", "--limt", "5")
                        .run(),
                2,
                "Unknown option");
        assertOneLine(
                jar("score", "--rubric", dir.resolve("rubrik.yaml").toString())
                        .stdin(ANSWER)
                        .run(),
                2,
                "no such rubric file");
    }

    @Test
    @DisplayName("the top-level help gives every command's description in whole sentences")
    void helpNotCut() {
        JarRun.Result help = jar("--help").run();

        assertThat(help.exit()).isZero();
        List<String> descriptions = commandDescriptions(help.out());
        assertThat(descriptions)
                .hasSizeGreaterThan(10)
                .allSatisfy(d -> assertThat(d).endsWith("."));
    }

    private static JarRun jar(String... args) {
        return JarRun.of(args).in(dir).env("MLE_DRILL_DATABASE_WAIT_SECONDS", "60");
    }

    private static void assertOneLine(JarRun.Result run, int exit, String says) {
        assertThat(run.exit()).as(run.toString()).isEqualTo(exit);
        assertThat(run.err())
                .as(run.toString())
                .contains(says)
                .doesNotContain("at dev.mledrill", "Exception:", "\tat ");
        assertThat(run.err().strip().lines().filter(line -> !line.isBlank()).count())
                .as(run.toString())
                .isLessThanOrEqualTo(2);
    }

    /** The "Commands:" block: a row per command, continuation lines indented further. */
    private static List<String> commandDescriptions(String help) {
        List<String> descriptions = new ArrayList<>();
        boolean inCommands = false;
        for (String line : help.lines().toList()) {
            if (line.startsWith("Commands:")) {
                inCommands = true;
            } else if (inCommands && line.matches("^  \\S.*")) {
                descriptions.add(line.strip().replaceFirst("^\\S+\\s+", ""));
            } else if (inCommands && line.startsWith("    ") && !descriptions.isEmpty()) {
                int last = descriptions.size() - 1;
                descriptions.set(last, descriptions.get(last) + " " + line.strip());
            }
        }
        return descriptions;
    }
}
