package dev.mledrill.question;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test helper: copies of the real bank and small question files written into a temp dir. */
final class BankFiles {

    static final Path REAL_BANK = Path.of("questions");

    private BankFiles() {}

    /** Copies every file of the real bank into {@code target} and returns it. */
    static Path copyOfRealBank(Path target) {
        try (Stream<Path> files = Files.list(REAL_BANK)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, String text) {
        return writeBytes(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path writeBytes(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid question as YAML list item (10 lines; {@code id:} on the first). */
    static String question(String id, String category) {
        return """
                - id: %s
                  category: %s
                  difficulty: medium
                  prompt: How would you make the live preview model fast enough on a mid-range phone?
                  focus: [outcome, budget]
                  key_points:
                    - states a per-frame latency budget
                    - measures on the target device
                  model_answer: [from 52 ms to 14 ms on a Pixel 7a, IoU within 0.5 points of fp32]
                  tags: [latency]
                """.formatted(id, category);
    }

    /** The errors loading {@code dir} reports; fails if it loads. */
    static List<String> errorsOf(Path dir) {
        try {
            QuestionBankLoader.load(dir);
        } catch (QuestionBankException e) {
            return e.errors();
        }
        throw new AssertionError("expected " + dir + " to be rejected, but it loaded");
    }
}
