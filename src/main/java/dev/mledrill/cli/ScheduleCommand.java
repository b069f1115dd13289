package dev.mledrill.cli;

import picocli.CommandLine.Command;

@Command(
        name = "schedule",
        mixinStandardHelpOptions = true,
        description = "Inspect the channels' posting schedules.",
        subcommands = ScheduleListCommand.class)
final class ScheduleCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
