package dev.mledrill.question;

import static dev.mledrill.question.BankFiles.errorsOf;
import static dev.mledrill.question.BankFiles.question;
import static dev.mledrill.question.BankFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.rubric.Criterion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowUpsFieldTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("a question's follow_ups load per criterion, and the shipped bank has some")
    void loads() {
        write(dir, "vision.yaml", question("live-preview-budget", "vision") + """
                  follow_ups:
                    budget:
                      - "You said “{change}”: what did that cost in battery?"
                      - What budget per frame are you designing to?
                """);

        Question q = QuestionBankLoader.load(dir).find("live-preview-budget").orElseThrow();

        assertThat(q.followUps()).containsOnlyKeys(Criterion.BUDGET);
        assertThat(q.followUps().get(Criterion.BUDGET))
                .containsExactly(
                        "You said “{change}”: what did that cost in battery?",
                        "What budget per frame are you designing to?");
        assertThat(QuestionBankLoader.load(BankFiles.REAL_BANK).all())
                .filteredOn(b -> !b.followUps().isEmpty())
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    @DisplayName("an unknown criterion or placeholder in follow_ups is reported with its line")
    void badFollowUpsReported() {
        write(dir, "vision.yaml", question("live-preview-budget", "vision") + """
                  follow_ups:
                    budgett:
                      - What budget per frame are you designing to?
                    privacy:
                      - "You said {quoted}: where does the data go?"
                """);

        List<String> errors = errorsOf(dir);

        assertThat(errors)
                .anySatisfy(
                        e -> assertThat(e).contains("vision.yaml:12:", "follow_ups has unknown criterion 'budgett'"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("vision.yaml:15:", "unknown placeholder {quoted}"));
    }
}
