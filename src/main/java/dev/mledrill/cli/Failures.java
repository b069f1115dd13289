package dev.mledrill.cli;

import dev.mledrill.app.config.ConfigException;
import dev.mledrill.store.DatabaseBusyException;
import dev.mledrill.store.StoreException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a command body and turns the failures a user can fix into a clear message on stderr: exit
 * code 2 for a bad configuration, 1 for anything else (bad input, a missing database or backup).
 */
final class Failures {
    static final int FAILED = ExitCodes.FAILED;
    static final int BAD_CONFIGURATION = ExitCodes.BAD_CONFIGURATION;

    private Failures() {
    }

    static int reported(CommandSpec spec, Callable<Integer> body) throws Exception {
        try {
            return body.call();
        } catch (ConfigException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return BAD_CONFIGURATION;
        } catch (DatabaseBusyException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.qualifiedName() + ": " + e.getMessage());
            err.flush();
            return ExitCodes.DATABASE_UNAVAILABLE;
        } catch (IllegalArgumentException | IllegalStateException | StoreException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.qualifiedName() + ": " + UserErrors.firstLine(e.getMessage()));
            err.flush();
            return FAILED;
        }
    }
}
