package dev.mledrill.cli;

/** The exit codes of every command (README, "Exit codes"). */
final class ExitCodes {
    static final int OK = 0;
    /** Bad input or a failure the message explains (missing database, unknown question, ...). */
    static final int FAILED = 1;
    /** The command line, the configuration, the question bank or the rubric is invalid. */
    static final int BAD_CONFIGURATION = 2;
    /** The database stayed busy (another command held it) or unreachable: try again; no answer was lost. */
    static final int DATABASE_UNAVAILABLE = 3;
    /** A bug: an error nobody expected. MLE_DRILL_DEBUG=1 prints its stack trace. */
    static final int INTERNAL_ERROR = 70;

    private ExitCodes() {}
}
