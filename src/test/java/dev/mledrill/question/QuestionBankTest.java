package dev.mledrill.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mledrill.rubric.Criterion;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuestionBankTest {

    private static Question question(String id, String category) {
        return new Question(
                id,
                category,
                Difficulty.EASY,
                "How would you cut latency on the phone?",
                Set.of(Criterion.BUDGET),
                List.of("a budget", "a device"),
                List.of("from 40 ms to 20 ms", "on a Pixel 8"),
                List.of());
    }

    @Test
    @DisplayName("a bank finds questions by id and by category and lists categories in their usual order")
    void lookups() {
        QuestionBank bank = QuestionBank.of(List.of(
                question("q-nlp", "nlp"),
                question("q-audio", "audio"),
                question("q-vision", "vision"),
                question("q-nlp-2", "nlp")));

        assertThat(bank.find("q-audio")).map(Question::category).contains("audio");
        assertThat(bank.find("missing")).isEmpty();
        assertThat(bank.byCategory("nlp")).extracting(Question::id).containsExactly("q-nlp", "q-nlp-2");
        assertThat(bank.byCategory("privacy")).isEmpty();
        assertThat(bank.categories()).containsExactly("vision", "nlp", "audio");
        assertThat(bank.all()).extracting(Question::id).containsExactly("q-nlp", "q-audio", "q-vision", "q-nlp-2");
        assertThat(bank.size()).isEqualTo(4);
    }

    @Test
    @DisplayName("a bank cannot be changed through the list it was built from or the lists it returns")
    void immutable() {
        List<Question> source = new ArrayList<>(List.of(question("q-one", "nlp")));
        QuestionBank bank = QuestionBank.of(source);

        source.add(question("q-two", "nlp"));

        assertThat(bank.all()).hasSize(1);
        assertThatThrownBy(() -> bank.all().add(question("q-three", "nlp")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> bank.byCategory("nlp").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> bank.categories().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("a bank refuses two questions with the same id")
    void duplicateIds() {
        assertThatThrownBy(() -> QuestionBank.of(List.of(question("same", "nlp"), question("same", "vision"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same");
    }
}
