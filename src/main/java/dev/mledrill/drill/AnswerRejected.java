package dev.mledrill.drill;

/** An answer that cannot be recorded, with a message meant for its author. Nothing was stored. */
public final class AnswerRejected extends RuntimeException {
    public AnswerRejected(String userMessage) {
        super(userMessage);
    }
}
