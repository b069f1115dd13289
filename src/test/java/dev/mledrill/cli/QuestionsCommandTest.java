package dev.mledrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class QuestionsCommandTest {

    /** One run of {@code mle-drill ...} in-process, with what it printed. */
    private record Run(int exitCode, String out, String err) {}

    @TempDir
    Path dir;

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new MleDrillCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    @DisplayName("validate on the shipped bank exits 0 with one summary line of counts per category")
    void validateRealBank() {
        Run run = run("questions", "validate");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines())
                .singleElement()
                .asString()
                .matches(
                        "questions: \\d+ questions valid \\(vision \\d+, nlp \\d+, tradeoffs \\d+, privacy \\d+,"
                                + " deployment \\d+, measurement \\d+, audio \\d+, llm \\d+\\); \\d+ easy, \\d+ medium, \\d+ hard");
    }

    @Test
    @DisplayName("validate warns about a key point its own model answer misses, and still exits 0")
    void validateWarnsAboutUncoveredKeyPoint() throws IOException {
        Files.writeString(dir.resolve("vision.yaml"), """
                - id: preview-budget
                  category: vision
                  difficulty: medium
                  prompt: How would you make the live preview model fast enough on a mid-range phone?
                  focus: [outcome, budget]
                  key_points:
                    - states a per-frame latency budget
                    - checks the app size after adding the model
                  model_answer: [The preview needs a 33 ms frame budget, and the model went from 52 ms to 14 ms per frame.]
                """);

        Run run = run("questions", "validate", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines())
                .containsExactly(
                        "warning: question 'preview-budget': its model answer does not cover the key point"
                                + " 'checks the app size after adding the model'",
                        dir + ": 1 questions valid (vision 1); 0 easy, 1 medium, 0 hard; 1 warning");
    }

    @Test
    @DisplayName("validate on a broken bank exits 1 and prints every error with path and line")
    void validateBrokenBank() throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), """
                - id: missing-everything
                  category: visoin
                - id: "unterminated
                """);
        Files.writeString(dir.resolve("other.yaml"), "- id: x\n");

        Run run = run("questions", "validate", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines())
                .containsExactly(
                        dir.resolve("broken.yaml") + ":4: invalid YAML: found unexpected end of stream at column 1"
                                + " (while scanning a quoted scalar that starts on line 3)",
                        dir.resolve("other.yaml")
                                + ":1: question #1 has id 'x' that is not kebab-case: use 3 to 64 of a-z,"
                                + " 0-9 and '-', starting with a letter or digit",
                        dir.resolve("other.yaml") + ":1: question #1 has no category",
                        dir.resolve("other.yaml") + ":1: question #1 has no difficulty",
                        dir.resolve("other.yaml") + ":1: question #1 has no prompt",
                        dir.resolve("other.yaml") + ":1: question #1 has no focus",
                        dir.resolve("other.yaml") + ":1: question #1 has no key_points",
                        dir.resolve("other.yaml") + ":1: question #1 has no model_answer",
                        dir + ": 8 errors; the question bank was not loaded");
    }

    @Test
    @DisplayName("list --category prints id, category, difficulty and prompt of that category only")
    void listByCategory() {
        Run run = run("questions", "list", "--category", "privacy");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines())
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).matches("[a-z0-9-]+ +privacy +(easy|medium|hard) +\\S.*"));
        assertThat(run.out()).contains("verify-offline-claim");
    }

    @Test
    @DisplayName("list without a category prints every question of the bank, one per line")
    void listAll() {
        Run run = run("questions", "list", "--dir", "questions");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().count()).isGreaterThanOrEqualTo(60);
    }

    @Test
    @DisplayName("list with a category the bank does not have exits 1 and names the categories it has")
    void listUnknownCategory() {
        Run run = run("questions", "list", "--category", "robotics");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no questions in category 'robotics'; categories: vision, nlp,");
    }

    @ParameterizedTest
    @ValueSource(strings = {"questions", "questions validate", "questions list"})
    @DisplayName("each questions command answers --help with its usage and exit code 0")
    void help(String command) {
        Run run = run((command + " --help").split(" "));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: mle-drill " + command);
    }

    @Test
    @DisplayName("the root command lists the questions subcommand")
    void rootHelp() {
        assertThat(run("--help").out()).contains("questions");
    }
}
