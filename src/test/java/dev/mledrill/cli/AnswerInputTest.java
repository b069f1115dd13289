package dev.mledrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AnswerInputTest {

    private static String read(String input) {
        return AnswerInput.read(new BufferedReader(new StringReader(input)));
    }

    @Test
    @DisplayName("an answer ends at the first empty line after text, or at the end of input")
    void endsAtEmptyLineOrEof() {
        assertThat(read("\n\nfirst line\nsecond line\n\nnot part of it\n")).isEqualTo("first line\nsecond line");
        assertThat(read("piped answer without newline")).isEqualTo("piped answer without newline");
        assertThat(read("")).isEmpty();
    }
}
