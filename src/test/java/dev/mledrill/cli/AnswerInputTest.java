package dev.mledrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AnswerInputTest {

    private static BufferedReader input(String text) {
        return new BufferedReader(new StringReader(text));
    }

    @Test
    @DisplayName("piped input is read to its end, paragraphs kept whole and blank lines around it dropped")
    void pipedKeepsEveryParagraph() {
        assertThat(AnswerInput.readAll(input("\n\nfirst line\nsecond line\n\nsecond paragraph\n\n")))
                .isEqualTo("first line\nsecond line\n\nsecond paragraph");
        assertThat(AnswerInput.readAll(input("piped answer without newline")))
                .isEqualTo("piped answer without newline");
        assertThat(AnswerInput.readAll(input(""))).isEmpty();
    }

    @Test
    @DisplayName("a typed answer keeps its empty lines and ends at a line holding only '.', or at end of input")
    void typedEndsAtDot() {
        assertThat(AnswerInput.readTyped(input("first paragraph\n\nsecond paragraph\n .\nnot part of it\n")))
                .isEqualTo("first paragraph\n\nsecond paragraph");
        assertThat(AnswerInput.readTyped(input("no dot, Ctrl-D\n"))).isEqualTo("no dot, Ctrl-D");
    }
}
