package dev.mledrill.question;

import static dev.mledrill.question.BankFiles.errorsOf;
import static dev.mledrill.question.BankFiles.question;
import static dev.mledrill.question.BankFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategoriesFileTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName(
            "a category declared in categories.yaml can be used by questions and is listed after the built-in ones")
    void extraCategory() {
        write(dir, "categories.yaml", """
                - id: audio
                  description: speech enhancement, noise suppression and other audio models
                """);
        write(dir, "audio.yaml", question("noise-suppression-budget", "audio"));
        write(dir, "vision.yaml", question("preview-budget", "vision"));

        QuestionBank bank = QuestionBankLoader.load(dir);

        assertThat(bank.categories()).containsExactly("vision", "audio");
        assertThat(bank.byCategory("audio")).extracting(Question::id).containsExactly("noise-suppression-budget");
    }

    @Test
    @DisplayName("categories.yaml is validated like the questions: unknown keys, bad ids, repeats, missing text")
    void invalidCategories() {
        write(dir, "categories.yaml", """
                - id: vision
                  description: a second vision category
                - id: Audio Models
                  description: speech enhancement and noise suppression
                - id: wearables
                  descripton: watch and ring models
                """);
        write(dir, "vision.yaml", question("preview-budget", "vision"));
        Path file = dir.resolve("categories.yaml");

        assertThat(errorsOf(dir))
                .containsExactly(
                        file + ":1: category 'vision' is already built in",
                        file
                                + ":3: category 'Audio Models' is not a valid category id: use 2 to 32 of a-z, 0-9 and '-',"
                                + " starting with a letter",
                        file + ":5: category 'wearables' has no description",
                        file + ":6: category 'wearables' has unknown key 'descripton' (did you mean 'description'?);"
                                + " allowed keys: id, description");
    }
}
