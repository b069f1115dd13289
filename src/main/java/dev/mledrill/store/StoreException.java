package dev.mledrill.store;

/** A database operation failed; the message names the operation, never an answer's text. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
