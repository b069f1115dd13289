package dev.mledrill.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mle-drill questions ...}: check and browse the question bank. */
@Command(
        name = "questions",
        description = "Check and browse the question bank (a directory of YAML files).",
        subcommands = {QuestionsValidateCommand.class, QuestionsListCommand.class})
public final class QuestionsCommand implements Runnable {

    /** Exit code when the bank has errors (picocli uses 2 for a wrong command line). */
    static final int INVALID_BANK = 1;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
