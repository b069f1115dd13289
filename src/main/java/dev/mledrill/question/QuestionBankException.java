package dev.mledrill.question;

import java.util.List;

/** The bank refused to load; {@link #errors()} lists every problem as {@code path:line: what is wrong}. */
public final class QuestionBankException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    public QuestionBankException(List<String> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }

    private static String summary(List<String> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a QuestionBankException needs at least one error");
        }
        String noun = errors.size() == 1 ? "error" : "errors";
        return "question bank has " + errors.size() + " " + noun + ":\n  " + String.join("\n  ", errors);
    }
}
