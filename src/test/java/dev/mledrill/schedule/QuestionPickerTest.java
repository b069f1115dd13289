package dev.mledrill.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.question.Question;
import dev.mledrill.testing.TestQuestions;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuestionPickerTest {
    private final QuestionPicker picker = new QuestionPicker();
    private final List<Question> bank = TestQuestions.bank(3, "quantization", "pruning");
    private final Map<DayOfWeek, String> rotation = Map.of(DayOfWeek.MONDAY, "pruning");

    @Test
    @DisplayName("the weekday's rotation category is used, and no question repeats until the category is exhausted")
    void rotationWithoutRepeats() {
        List<String> history = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            history.add(picker.pick("slack:C1", rotation, DayOfWeek.MONDAY, bank, history)
                    .id());
        }

        assertThat(history).allMatch(id -> id.startsWith("pruning"));
        assertThat(history.subList(0, 3)).doesNotHaveDuplicates();
        assertThat(history.subList(3, 6)).containsExactlyInAnyOrderElementsOf(history.subList(0, 3));
    }

    @Test
    @DisplayName("a day without a rotation entry draws from every category, still without repeats")
    void anyCategoryWithoutRotation() {
        List<String> history = new ArrayList<>();
        for (int i = 0; i < bank.size(); i++) {
            history.add(picker.pick("slack:C1", rotation, DayOfWeek.TUESDAY, bank, history)
                    .id());
        }

        assertThat(history).doesNotHaveDuplicates().hasSize(6);
    }

    @Test
    @DisplayName("the choice is deterministic given the history, and an unknown category falls back to any")
    void deterministic() {
        Question first =
                picker.pick("slack:C1", Map.of(DayOfWeek.MONDAY, "nope"), DayOfWeek.MONDAY, bank, List.of("pruning-1"));
        List<Question> reordered = new ArrayList<>(bank);
        java.util.Collections.reverse(reordered);
        Question again = picker.pick(
                "slack:C1", Map.of(DayOfWeek.MONDAY, "nope"), DayOfWeek.MONDAY, reordered, List.of("pruning-1"));

        assertThat(again).isEqualTo(first);
        assertThat(first.id()).isNotEqualTo("pruning-1");
    }
}
