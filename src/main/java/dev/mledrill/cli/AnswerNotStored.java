package dev.mledrill.cli;

/** The database could not take an answer; the message says where the answer was kept instead. */
final class AnswerNotStored extends IllegalStateException {
    AnswerNotStored(String message, Throwable cause) {
        super(message, cause);
    }
}
