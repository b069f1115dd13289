package dev.mledrill.store;

/** Another local process held the H2 database for longer than this one was willing to wait. */
public final class DatabaseBusyException extends IllegalStateException {
    public DatabaseBusyException(String message) {
        super(message);
    }
}
