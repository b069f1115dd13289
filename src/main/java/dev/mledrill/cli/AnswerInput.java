package dev.mledrill.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads a typed or piped answer: lines up to the first empty line after some text, or the end of input. */
final class AnswerInput {
    private AnswerInput() {
    }

    static String read(BufferedReader in) {
        StringBuilder answer = new StringBuilder();
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    if (answer.length() > 0) {
                        break;
                    }
                    continue;
                }
                if (answer.length() > 0) {
                    answer.append('\n');
                }
                answer.append(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the answer failed", e);
        }
        return answer.toString();
    }
}
