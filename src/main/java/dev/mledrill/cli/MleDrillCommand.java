package dev.mledrill.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top-level {@code mle-drill} command; each capability adds its subcommand here. */
@Command(
        name = "mle-drill",
        mixinStandardHelpOptions = true,
        version = "mle-drill 0.1.0",
        description = "Daily machine-learning-engineer interview drills, scored by the product-first rubric.",
        subcommands = {
            HelpCommand.class,
            DrillCommand.class,
            AnswerCommand.class,
            RunCommand.class,
            QuestionsCommand.class,
            ScoreCommand.class,
            RescoreCommand.class,
            LeaderboardCommand.class,
            StreakCommand.class,
            StatsCommand.class,
            ScheduleCommand.class,
            ExportCommand.class,
            ForgetCommand.class,
            RetentionCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
        })
public final class MleDrillCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
