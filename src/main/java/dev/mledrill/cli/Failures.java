package dev.mledrill.cli;

import dev.mledrill.app.config.ConfigException;
import dev.mledrill.store.StoreException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** Runs a command body and turns the failures a user can fix into one clear line on stderr and exit code 1. */
final class Failures {
    static final int FAILED = 1;

    private Failures() {
    }

    static int reported(CommandSpec spec, Callable<Integer> body) throws Exception {
        try {
            return body.call();
        } catch (IllegalArgumentException | IllegalStateException | StoreException | ConfigException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.qualifiedName() + ": " + e.getMessage());
            err.flush();
            return FAILED;
        }
    }
}
