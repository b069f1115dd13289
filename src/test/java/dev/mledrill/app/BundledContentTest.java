package dev.mledrill.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mledrill.question.QuestionBank;
import dev.mledrill.question.QuestionBankLoader;
import dev.mledrill.rubric.RubricLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledContentTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("the bundled bank and rubric are the repository's questions/ and config/rubric.yaml")
    void bundledCopiesMatchTheRepository() {
        QuestionBank bundled = QuestionBankLoader.load(
                BundledContent.questionsDir(Path.of("no-such-default").resolveSibling("questions")));
        QuestionBank repository = QuestionBankLoader.load(Path.of("questions"));

        assertThat(bundled.all()).isEqualTo(repository.all());
        assertThat(BundledContent.rubric(BundledContent.DEFAULT_RUBRIC).version())
                .isEqualTo(RubricLoader.load(Path.of("config", "rubric.yaml")).version());
    }

    @Test
    @DisplayName("a questions directory that exists replaces the bundled bank")
    void configuredBankReplaces() throws Exception {
        Path bank = Files.createDirectories(dir.resolve("bank"));
        Files.copy(Path.of("questions", "vision.yaml"), bank.resolve("vision.yaml"));

        QuestionBank loaded = BundledContent.bank(bank);

        assertThat(loaded.categories()).containsExactly("vision");
    }

    @Test
    @DisplayName("a configured path that does not exist is an error, not a silent fallback")
    void missingConfiguredPathsFail() {
        assertThatThrownBy(() -> BundledContent.bank(dir.resolve("typo"))).hasMessageContaining("no such directory");
        assertThatThrownBy(() -> BundledContent.rubric(dir.resolve("rubrik.yaml")))
                .hasMessageContaining("no such rubric file");
    }
}
