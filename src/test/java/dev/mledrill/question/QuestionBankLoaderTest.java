package dev.mledrill.question;

import static dev.mledrill.question.BankFiles.errorsOf;
import static dev.mledrill.question.BankFiles.question;
import static dev.mledrill.question.BankFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mledrill.rubric.Criterion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionBankLoaderTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the shipped bank loads with at least 60 questions, 15 of them vision and 15 NLP")
    void realBankLoads() {
        QuestionBank bank = QuestionBankLoader.load(BankFiles.REAL_BANK);

        assertThat(bank.all()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(bank.byCategory("vision")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(bank.byCategory("nlp")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(bank.categories())
                .startsWith(QuestionBank.BUILT_IN_CATEGORIES.toArray(String[]::new))
                .contains("llm", "audio");
        assertThat(bank.all()).allSatisfy(q -> {
            assertThat(q.focus()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            assertThat(q.keyPoints()).hasSizeBetween(3, 6);
            assertThat(q.modelAnswer()).hasSizeBetween(3, 6);
            assertThat(q.tags()).isNotEmpty();
        });
    }

    @Test
    @DisplayName("every model answer in the shipped bank tells a measured story: figures, not only techniques")
    void realModelAnswersHaveFigures() {
        QuestionBank bank = QuestionBankLoader.load(BankFiles.REAL_BANK);

        Pattern figureWithUnit = Pattern.compile("\\d+(\\.\\d+)? ?(ms|fps|percent|mW|W|J|mJ|MB|GB|points?|s)\\b");

        assertThat(bank.all())
                .filteredOn(q -> q.modelAnswer().stream()
                        .noneMatch(point -> figureWithUnit.matcher(point).find()))
                .extracting(Question::id)
                .isEmpty();
    }

    @Test
    @DisplayName("a valid file loads every field, with focus as rubric criteria")
    void loadsAllFields() {
        write(dir, "vision.yaml", question("live-preview-budget", "vision"));

        Question q = QuestionBankLoader.load(dir).find("live-preview-budget").orElseThrow();

        assertThat(q.category()).isEqualTo("vision");
        assertThat(q.difficulty()).isEqualTo(Difficulty.MEDIUM);
        assertThat(q.prompt()).startsWith("How would you make");
        assertThat(q.focus()).containsExactly(Criterion.OUTCOME, Criterion.BUDGET);
        assertThat(q.keyPoints()).containsExactly("states a per-frame latency budget", "measures on the target device");
        assertThat(q.modelAnswer()).hasSize(2);
        assertThat(q.tags()).containsExactly("latency");
    }

    @Test
    @DisplayName("a question without a prompt is reported with its file, line and id")
    void missingPrompt() {
        BankFiles.copyOfRealBank(dir);
        write(
                dir,
                "extra.yaml",
                question("first-ok", "nlp")
                        + question("no-prompt-here", "vision").replaceAll("(?m)^  prompt: .*\\n", ""));

        assertThat(errorsOf(dir))
                .containsExactly(dir.resolve("extra.yaml") + ":11: question 'no-prompt-here' has no prompt");
    }

    @Test
    @DisplayName("an id used in two files is reported at the second place, naming the first")
    void duplicateIdAcrossFiles() throws IOException {
        BankFiles.copyOfRealBank(dir);
        String takenId = "portrait-preview-segmentation-lag";
        int firstLine = lineOf(dir.resolve("vision.yaml"), "- id: " + takenId);
        write(dir, "zz-extra.yaml", "# another file\n" + question(takenId, "nlp"));

        assertThat(errorsOf(dir))
                .containsExactly(dir.resolve("zz-extra.yaml") + ":2: duplicate id '" + takenId + "' (first defined at "
                        + dir.resolve("vision.yaml") + ":" + firstLine + ")");
    }

    @Test
    @DisplayName("invalid YAML is reported with the line of the syntax error and what the parser found")
    void invalidYaml() {
        BankFiles.copyOfRealBank(dir);
        write(dir, "broken.yaml", question("fine-one", "nlp") + "- id: \"unterminated\n  category: nlp\n");

        List<String> errors = errorsOf(dir);

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0))
                .startsWith(dir.resolve("broken.yaml") + ":13: invalid YAML: ")
                .contains("quoted scalar that starts on line 11");
    }

    @Test
    @DisplayName("an unknown category is reported with a suggestion and the known categories")
    void unknownCategory() {
        write(dir, "vision.yaml", question("typo-in-category", "visoin"));

        assertThat(errorsOf(dir))
                .containsExactly(dir.resolve("vision.yaml") + ":2: question 'typo-in-category'"
                        + " has unknown category 'visoin' (did you mean 'vision'?); known: vision, nlp, tradeoffs, privacy,"
                        + " deployment, measurement (add new ones to categories.yaml)");
    }

    @Test
    @DisplayName("an unknown focus criterion is reported with the criteria that exist")
    void unknownFocus() {
        write(dir, "nlp.yaml", question("speed-focus", "nlp").replace("[outcome, budget]", "[outcome, speed]"));

        assertThat(errorsOf(dir))
                .containsExactly(
                        dir.resolve("nlp.yaml") + ":5: question 'speed-focus' has unknown"
                                + " focus criterion 'speed'; use outcome, evidence, consistency, budget, tradeoff, privacy, fallback");
    }

    @Test
    @DisplayName("a misspelt key is rejected rather than ignored, with the key it probably meant")
    void unknownKey() {
        write(dir, "nlp.yaml", question("typo-key", "nlp").replace("  tags:", "  tgas:"));

        assertThat(errorsOf(dir))
                .containsExactly(dir.resolve("nlp.yaml") + ":10: question 'typo-key' has unknown key"
                        + " 'tgas' (did you mean 'tags'?); allowed keys: id, category, difficulty, prompt, focus, key_points,"
                        + " model_answer, tags, follow_ups");
    }

    @Test
    @DisplayName("every problem of every file is reported at once, ordered by file and line")
    void reportsAllErrorsAtOnce() {
        write(
                dir,
                "a.yaml",
                question("Bad Id", "nlp")
                        + question("short-prompt", "nlp").replaceAll("(?m)^  prompt: .*$", "  prompt: too short"));
        write(
                dir,
                "b.yaml",
                question("bad-difficulty", "nlp").replace("medium", "expert")
                        + question("few-points", "nlp").replaceAll("(?m)^    - measures on the target device\\n", "")
                        + "- just a sentence, not a question\n");

        assertThat(errorsOf(dir))
                .containsExactly(
                        dir.resolve("a.yaml")
                                + ":1: question #1 has id 'Bad Id' that is not kebab-case: use 3 to 64 of a-z,"
                                + " 0-9 and '-', starting with a letter or digit",
                        dir.resolve("a.yaml")
                                + ":14: question 'short-prompt': prompt has 9 characters; it must have 20 to 600",
                        dir.resolve("b.yaml")
                                + ":3: question 'bad-difficulty' has unknown difficulty 'expert'; use easy,"
                                + " medium or hard",
                        dir.resolve("b.yaml")
                                + ":16: question 'few-points': key_points has 1 item; it must have 2 to 8",
                        dir.resolve("b.yaml")
                                + ":20: question #3 must be a mapping of keys (id, category, difficulty, prompt,"
                                + " focus, key_points, model_answer, tags, follow_ups), found a string");
    }

    @Test
    @DisplayName("wrong types, repeated keys and text that YAML read as a mapping are each explained")
    void typesAndRepeatedKeys() {
        write(
                dir,
                "nlp.yaml",
                question("typed", "nlp")
                        .replace("  difficulty: medium\n", "  difficulty: medium\n  difficulty: hard\n")
                        .replace("    - measures on the target device", "    - measures on: a Pixel 8")
                        .replace("  tags: [latency]", "  tags: latency"));

        assertThat(errorsOf(dir))
                .containsExactly(
                        dir.resolve("nlp.yaml") + ":4: question 'typed' sets 'difficulty' twice (first on line 3)",
                        dir.resolve("nlp.yaml")
                                + ":9: question 'typed': key_points item 2 must be text, found a mapping"
                                + " (put text that contains ': ' in quotes)",
                        dir.resolve("nlp.yaml") + ":11: question 'typed': tags must be a list, found a string");
    }

    @Test
    @DisplayName("a file that is not a list, an empty file and a missing directory are errors, not an empty bank")
    void wrongShapes() {
        write(dir, "a.yaml", "id: not-in-a-list\n");
        write(dir, "b.yaml", "# nothing but a comment\n");

        assertThat(errorsOf(dir))
                .containsExactly(
                        dir.resolve("a.yaml")
                                + ":1: expected a list of questions (each starting with '- id: ...'), found a mapping",
                        dir.resolve("b.yaml")
                                + ": the file is empty; it must hold a list (delete the file if it is not needed)");
        assertThat(errorsOf(dir.resolve("missing"))).containsExactly(dir.resolve("missing") + ": no such directory");
    }

    @Test
    @DisplayName("a stray file or sub-directory in the bank is reported rather than skipped")
    void strayEntries() throws IOException {
        write(dir, "vision.yaml", question("preview-budget", "vision"));
        write(dir, "README.md", "notes for editors\n");
        write(dir, "nlp.yaml.bak", question("old-copy", "nlp"));
        Files.createDirectory(dir.resolve("drafts"));

        assertThat(errorsOf(dir))
                .containsExactly(
                        dir.resolve("drafts") + ": is a directory; the bank reads only the .yaml files directly in "
                                + dir,
                        dir.resolve("nlp.yaml.bak")
                                + ": is not a question file; name question files *.yaml (or move this file out)");
    }

    @Test
    @DisplayName("the exception message lists every error so a log line alone explains the refusal")
    void exceptionMessage() {
        write(dir, "a.yaml", question("no-category", "nlp").replace("  category: nlp\n", ""));

        assertThatThrownBy(() -> QuestionBankLoader.load(dir))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("1 error")
                .hasMessageContaining("a.yaml:1: question 'no-category' has no category");
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
