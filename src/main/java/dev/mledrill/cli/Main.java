package dev.mledrill.cli;

import picocli.CommandLine;

/** The entry point of the jar: parses the command line and exits with the command's code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Charts are drawn off-screen: no display is needed (or wanted) on a server.
        System.setProperty("java.awt.headless", "true");
        int exit = new CommandLine(new MleDrillCommand())
                .setExecutionExceptionHandler(new UserErrors())
                .setParameterExceptionHandler(new UsageErrors())
                .execute(args);
        System.exit(exit);
    }
}
