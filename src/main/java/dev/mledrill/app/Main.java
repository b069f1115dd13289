package dev.mledrill.app;

import dev.mledrill.cli.MleDrillCommand;
import picocli.CommandLine;

public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int exit = new CommandLine(new MleDrillCommand()).execute(args);
        System.exit(exit);
    }
}
