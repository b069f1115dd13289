package dev.mledrill.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an answer (and the reply to its follow-up). Piped input is read to its end, paragraphs and all. Typed input may have
 * several paragraphs too, so it ends at a line holding only {@value #END} (or at end of input,
 * Ctrl-D), not at an empty line.
 */
final class AnswerInput {
    static final String END = ".";

    private AnswerInput() {}

    /** All of the input, blank lines around it dropped and blank lines inside kept. */
    static String readAll(BufferedReader in) {
        return read(in, false);
    }

    /** Typed lines up to a line holding only {@value #END}, or the end of input. */
    static String readTyped(BufferedReader in) {
        return read(in, true);
    }

    /**
     * Piped input that answers a follow-up too: the answer, then a line holding only {@value #END},
     * then the reply. Without such a line it is all answer and the reply is empty.
     */
    static String[] answerAndReply(String piped) {
        String[] lines = piped.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals(END)) {
                return new String[] {
                    trimmed(List.of(lines).subList(0, i)),
                    trimmed(List.of(lines).subList(i + 1, lines.length))
                };
            }
        }
        return new String[] {piped, ""};
    }

    private static String read(BufferedReader in, boolean stopAtDot) {
        List<String> lines = new ArrayList<>();
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (stopAtDot && line.strip().equals(END)) {
                    break;
                }
                lines.add(line.stripTrailing());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the answer failed", e);
        }
        return trimmed(lines);
    }

    private static String trimmed(List<String> read) {
        List<String> lines = new ArrayList<>(read);
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines);
    }
}
