package dev.mledrill.cli;

import dev.mledrill.app.Application;
import dev.mledrill.app.Stores;
import dev.mledrill.app.config.AppConfig;
import dev.mledrill.privacy.AnswerTextRetention;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "retention",
        description = "Answer-text retention (config key retention.answer_text_days).",
        subcommands = RetentionCommand.Apply.class)
final class RetentionCommand implements Runnable {
    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "apply",
            description = {
                "Delete the text of every scored answer older than the retention period now (the service also does",
                "this at start and daily). Scores, criteria and streaks stay; the answer keeps a body_deleted_at time."
            })
    static final class Apply extends ConfiguredCommand {

        @Option(
                names = "--days",
                paramLabel = "N",
                description = "Use N days instead of the configured retention.answer_text_days.")
        Integer days;

        Clock clock = Clock.systemUTC();

        @Override
        int run() {
            AppConfig config = options.load(env);
            Optional<Integer> period =
                    Optional.ofNullable(days).or(() -> config.retention().answerTextDays());
            PrintWriter out = spec.commandLine().getOut();
            if (period.isEmpty()) {
                out.println("retention.answer_text_days is not set: answer texts are kept; nothing to do.");
                return 0;
            }
            try (Stores stores = Application.openStores(config, env, clock)) {
                AnswerTextRetention retention = stores.retention(period);
                int purged = Progress.whileRunning("retention", "s", () -> 0, retention::apply);
                out.println("removed the text of " + purged + " answer(s) received before "
                        + retention.cutoff().orElseThrow() + " (" + period.get() + " days); their scores are kept");
                return 0;
            }
        }
    }
}
