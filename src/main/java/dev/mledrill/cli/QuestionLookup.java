package dev.mledrill.cli;

import dev.mledrill.question.Question;
import dev.mledrill.question.QuestionBank;
import dev.mledrill.app.BundledContent;
import java.nio.file.Path;

/** Loads the question bank on first use, so commands that need no question never read it. */
final class QuestionLookup {
    private final Path dir;
    private QuestionBank bank;

    QuestionLookup(Path dir) {
        this.dir = dir;
    }

    /** Every question of the bank (read on first use). */
    java.util.List<Question> all() {
        if (bank == null) {
            bank = BundledContent.bank(dir);
        }
        return bank.all();
    }

    /** The question with this id; an unknown id is an {@link IllegalArgumentException} naming the bank. */
    Question get(String id) {
        if (bank == null) {
            bank = BundledContent.bank(dir);
        }
        return bank.find(id).orElseThrow(() -> new IllegalArgumentException("unknown question '" + id + "' (the bank in "
                + dir + " has " + bank.size() + " questions; see 'mle-drill questions list')"));
    }
}
