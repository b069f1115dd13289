package dev.mledrill.cli;

import dev.mledrill.app.StartFailure;
import dev.mledrill.app.config.ConfigException;
import dev.mledrill.drill.AnswerRejected;
import dev.mledrill.question.QuestionBankException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the errors a user can fix (bad configuration, bank or input) into one clear message on
 * stderr and an exit code, without a stack trace: 2 for configuration and question bank, 1 for the rest.
 */
public final class UserErrors implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) throws Exception {
        if (e instanceof ConfigException || e instanceof QuestionBankException) {
            commandLine.getErr().println("mle-drill: " + e.getMessage());
            return 2;
        }
        if (e instanceof AnswerRejected || e instanceof StartFailure || e instanceof IllegalArgumentException || e instanceof UncheckedIOException
                || e instanceof java.io.IOException) {
            commandLine.getErr().println("mle-drill: " + e.getMessage());
            return 1;
        }
        throw e;
    }
}
