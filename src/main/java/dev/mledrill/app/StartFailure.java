package dev.mledrill.app;

/** A chat platform could not be started; the message says which, why, and what to check. */
public final class StartFailure extends RuntimeException {
    StartFailure(String platform, String check, Throwable cause) {
        super(platform + " could not be started: " + describe(cause) + ". Check " + check + ".", cause);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String deepest = null;
        for (Throwable t = cause.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            deepest = t.getMessage() == null ? deepest : t.getMessage();
        }
        return deepest == null || message.contains(deepest) ? message : message + " (" + deepest + ")";
    }
}
