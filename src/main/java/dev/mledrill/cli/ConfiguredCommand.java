package dev.mledrill.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that works on the configured installation (--config, --data): it gets those options,
 * -h/--help and the environment. Its errors are reported by {@link UserErrors}.
 */
abstract class ConfiguredCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    Map<String, String> env = System.getenv();

    @Override
    public final Integer call() throws Exception {
        return run();
    }

    /** The command's body; its exit code. */
    abstract int run() throws Exception;
}
