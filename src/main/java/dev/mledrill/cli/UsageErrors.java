package dev.mledrill.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A mistyped command line: one line saying what is wrong and where the help is, instead of the whole usage text. */
public final class UsageErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": " + UserErrors.firstLine(e.getMessage()) + " (see '" + name + " --help')");
        UnmatchedArgumentException.printSuggestions(e, err);
        err.flush();
        return ExitCodes.BAD_CONFIGURATION;
    }
}
