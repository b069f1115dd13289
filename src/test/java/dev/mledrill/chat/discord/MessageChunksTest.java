package dev.mledrill.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessageChunksTest {

    @Test
    @DisplayName("a short text stays one message")
    void shortText() {
        assertThat(MessageChunks.split("hello")).containsExactly("hello");
    }

    @Test
    @DisplayName("a long text is cut at line breaks into messages of at most 2,000 characters, losing nothing")
    void cutsAtLines() {
        String text = "a line of feedback text\n".repeat(300).strip();

        List<String> chunks = MessageChunks.split(text);

        assertThat(chunks)
                .hasSizeGreaterThan(1)
                .allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(2000));
        assertThat(String.join("\n", chunks)).isEqualTo(text);
    }

    @Test
    @DisplayName("a cut never splits an emoji's surrogate pair")
    void keepsSurrogatePairs() {
        String text = "x" + "🔋".repeat(1500);

        List<String> chunks = MessageChunks.split(text);

        assertThat(String.join("", chunks)).isEqualTo(text);
        assertThat(chunks)
                .allSatisfy(
                        c -> assertThat(Character.isLowSurrogate(c.charAt(0))).isFalse());
    }

    @Test
    @DisplayName("a thread name is the day and topic, cut to Discord's 100 characters")
    void threadName() {
        assertThat(QuestionEmbeds.threadName(LocalDate.parse("2026-11-24"), "vision"))
                .isEqualTo("2026-11-24 · vision");
        assertThat(QuestionEmbeds.threadName(LocalDate.parse("2026-11-24"), "x".repeat(200)))
                .hasSize(100)
                .endsWith("…");
    }
}
