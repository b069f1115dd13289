package dev.mledrill.cli;

import dev.mledrill.app.BundledContent;
import dev.mledrill.question.Question;
import dev.mledrill.question.QuestionBank;
import java.nio.file.Path;

/**
 * Loads the question bank on first use, so commands that need no question never read it.
 * Thread-safe: {@code score --batch} looks questions up from every scoring thread.
 */
final class QuestionLookup {
    private final Path dir;
    private volatile QuestionBank bank;

    QuestionLookup(Path dir) {
        this.dir = dir;
    }

    /** Every question of the bank (read on first use). */
    java.util.List<Question> all() {
        return bank().all();
    }

    /** The question with this id; an unknown id is an {@link IllegalArgumentException} naming the bank. */
    Question get(String id) {
        QuestionBank bank = bank();
        return bank.find(id)
                .orElseThrow(() -> new IllegalArgumentException("unknown question '" + id + "' (the bank in " + dir
                        + " has " + bank.size() + " questions; see 'mle-drill questions list')"));
    }

    private QuestionBank bank() {
        QuestionBank b = bank;
        if (b == null) {
            synchronized (this) {
                b = bank;
                if (b == null) {
                    b = BundledContent.bank(dir);
                    bank = b;
                }
            }
        }
        return b;
    }
}
