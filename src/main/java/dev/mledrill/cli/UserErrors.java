package dev.mledrill.cli;

import dev.mledrill.app.StartFailure;
import dev.mledrill.app.config.ConfigException;
import dev.mledrill.drill.AnswerRejected;
import dev.mledrill.question.QuestionBankException;
import dev.mledrill.store.DatabaseBusyException;
import dev.mledrill.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place a command's error becomes what the user sees: a line on stderr, prefixed with the
 * command ({@code mle-drill backup: ...}), and an exit code ({@link ExitCodes}). An error the user can
 * fix (input, a missing database) is its message's first line, exit 1; a bad configuration, bank or
 * rubric lists each problem, exit 2; a busy database is exit 3; anything else is a bug, reported as an
 * internal error in one line, exit 70. {@value #DEBUG_VARIABLE} adds the stack trace.
 */
public final class UserErrors implements IExecutionExceptionHandler {
    public static final String DEBUG_VARIABLE = "MLE_DRILL_DEBUG";
    private final Map<String, String> env;

    public UserErrors() {
        this(System.getenv());
    }

    UserErrors(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int exit = exitCode(e);
        String message = switch (exit) {
            case ExitCodes.INTERNAL_ERROR ->
                "internal error: " + rootMessage(e) + " (set " + DEBUG_VARIABLE + "=1 to see the stack trace)";
            // These list every problem of the file, one a line, on purpose.
            case ExitCodes.BAD_CONFIGURATION -> e.getMessage();
            default -> firstLine(e.getMessage());
        };
        err.println(commandLine.getCommandSpec().qualifiedName() + ": " + message);
        if (debug()) {
            e.printStackTrace(err);
        }
        err.flush();
        return exit;
    }

    static int exitCode(Throwable e) {
        if (e instanceof ConfigException || e instanceof QuestionBankException) {
            return ExitCodes.BAD_CONFIGURATION;
        }
        if (e instanceof AnswerNotStored && e.getCause() != null) {
            return exitCode(e.getCause());
        }
        if (e instanceof DatabaseBusyException) {
            return ExitCodes.DATABASE_UNAVAILABLE;
        }
        if (e instanceof AnswerRejected
                || e instanceof StartFailure
                || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException
                || e instanceof StoreException
                || e instanceof UncheckedIOException
                || e instanceof IOException) {
            return ExitCodes.FAILED;
        }
        return ExitCodes.INTERNAL_ERROR;
    }

    private boolean debug() {
        String value = env.get(DEBUG_VARIABLE);
        return value != null && !value.isBlank() && !value.equals("0") && !value.equalsIgnoreCase("false");
    }

    /** The innermost cause's message, which names what actually went wrong. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = firstLine(root.getMessage());
        return root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    /** Library messages (Flyway's, H2's) run over several lines; the first one says what happened. */
    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String stripped = message.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline).strip();
    }
}
