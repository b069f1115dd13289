package dev.mledrill.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.mledrill.app.config.ConfigException;
import dev.mledrill.app.config.ConfigLoader;
import dev.mledrill.question.QuestionBankException;
import dev.mledrill.question.QuestionBankLoader;
import dev.mledrill.testing.CapturedLogs;
import dev.mledrill.testing.OddText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The question-bank and configuration loaders on thousands of seeded mutations of real files:
 * each either loads or is refused with its own exception listing at least one problem, once;
 * nothing else is thrown and nothing is logged at INFO or above.
 */
class LoaderFuzzTest {
    private static final int QUESTION_FILES = 2_000;
    private static final int CONFIG_FILES = 2_000;

    @TempDir
    Path dir;

    @Test
    @DisplayName("2,000 mutated question files: each loads or is refused with named problems, nothing else escapes")
    void mutatedQuestionFiles() throws IOException {
        String original = firstQuestions(Files.readString(Path.of("questions", "privacy.yaml")), 2);
        Path bank = Files.createDirectories(dir.resolve("bank"));
        Path file = bank.resolve("fuzz.yaml");
        Random random = new Random(42L);
        int refused = 0;
        try (CapturedLogs logs = new CapturedLogs(Level.INFO)) {
            for (int i = 0; i < QUESTION_FILES; i++) {
                String mutated = random.nextInt(20) == 0
                        ? OddText.random(random, 30, 10)
                        : TextMutations.mutate(original, random);
                Files.write(file, bytes(mutated, random));
                try {
                    assertThat(QuestionBankLoader.load(bank).size()).isPositive();
                } catch (QuestionBankException e) {
                    refused++;
                    assertThat(e.errors())
                            .as(mutated)
                            .isNotEmpty()
                            .allSatisfy(error -> assertThat(error).isNotBlank());
                }
            }
            assertThat(logs.atLeast(Level.INFO)).isEmpty();
        }
        assertThat(refused).isBetween(QUESTION_FILES / 10, QUESTION_FILES - 1);
    }

    @Test
    @DisplayName("2,000 mutated configuration files: each loads or is refused by key, nothing else escapes")
    void mutatedConfigFiles() throws IOException {
        String original = Files.readString(Path.of("config", "mle-drill.yaml"))
                .replace("  # - ", "  - ")
                .replace("  #   ", "    ");
        Path file = dir.resolve("mle-drill.yaml");
        Random random = new Random(4242L);
        int refused = 0;
        try (CapturedLogs logs = new CapturedLogs(Level.INFO)) {
            for (int i = 0; i < CONFIG_FILES; i++) {
                String mutated = random.nextInt(20) == 0
                        ? OddText.random(random, 30, 10)
                        : TextMutations.mutate(original, random);
                Files.write(file, bytes(mutated, random));
                try {
                    ConfigLoader.load(Optional.of(file), Map.of());
                } catch (ConfigException e) {
                    refused++;
                    assertThat(e.problems()).as(mutated).isNotEmpty();
                }
            }
            assertThat(logs.atLeast(Level.INFO)).isEmpty();
        }
        assertThat(refused).isBetween(CONFIG_FILES / 10, CONFIG_FILES - 1);
    }

    /** The text as UTF-8, and one time in ten with a few bytes that are not UTF-8 at all. */
    private static byte[] bytes(String text, Random random) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(10) != 0 || utf8.length == 0) {
            return utf8;
        }
        byte[] broken = utf8.clone();
        for (int i = 0; i < 3; i++) {
            broken[random.nextInt(broken.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
        return broken;
    }

    /** The file's header and its first {@code count} questions. */
    private static String firstQuestions(String yaml, int count) {
        int at = -1;
        for (int i = 0; i <= count; i++) {
            at = yaml.indexOf("\n- id:", at + 1);
            if (at < 0) {
                return yaml;
            }
        }
        return yaml.substring(0, at + 1);
    }
}
