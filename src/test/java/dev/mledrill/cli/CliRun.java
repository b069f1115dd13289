package dev.mledrill.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** One in-process run of {@code mle-drill ...} with captured output and a fixed environment. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        return with(Map.of(), args);
    }

    /** Runs with {@code env} as the environment the commands see (no config file unless given). */
    static CliRun with(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new MleDrillCommand())
                .setExecutionExceptionHandler(new UserErrors(env))
                .setParameterExceptionHandler(new UsageErrors());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        for (String name : new String[] {"export", "forget", "backup", "restore"}) {
            Object command = cli.getSubcommands().get(name).getCommand();
            setEnv(command, env);
        }
        setEnv(
                cli.getSubcommands()
                        .get("retention")
                        .getSubcommands()
                        .get("apply")
                        .getCommand(),
                env);
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    private static void setEnv(Object command, Map<String, String> env) {
        if (command instanceof ExportCommand c) {
            c.env = env;
        } else if (command instanceof ForgetCommand c) {
            c.env = env;
        } else if (command instanceof BackupCommand c) {
            c.env = env;
        } else if (command instanceof RestoreCommand c) {
            c.env = env;
        } else if (command instanceof RetentionCommand.Apply c) {
            c.env = env;
        }
    }
}
