package dev.mledrill.app;

import dev.mledrill.cli.MleDrillCommand;
import dev.mledrill.cli.UsageErrors;
import dev.mledrill.cli.UserErrors;
import picocli.CommandLine;

public final class Main {
    private Main() {
    }

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
