package dev.mledrill.cli;

import dev.mledrill.app.Application;
import dev.mledrill.app.Stores;
import dev.mledrill.app.config.AppConfig;
import dev.mledrill.privacy.DataExport;
import dev.mledrill.privacy.ExportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "export",
        description = {
            "Write everything stored about a user as JSON.",
            "Answers with their texts and edit history, scores per criterion, practice sessions, streaks and streak",
            "freezes. Exit code 0 when data was found, 1 when none."
        })
final class ExportCommand extends ConfiguredCommand {

    @Mixin
    UserOptions user;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the JSON to FILE instead of standard output.")
    Path output;

    Clock clock = Clock.systemUTC();

    @Override
    int run() throws IOException {
        AppConfig config = options.load(env);
        try (Stores stores = Application.openStores(config, env, clock)) {
            DataExport export = stores.privacy().export(user.selector());
            if (export.accounts().isEmpty()) {
                spec.commandLine()
                        .getErr()
                        .println("nothing is stored for " + user.selector().describe());
                return 1;
            }
            String json = ExportJson.write(export);
            if (output == null) {
                spec.commandLine().getOut().println(json);
            } else {
                Files.writeString(output, json + System.lineSeparator());
                spec.commandLine()
                        .getOut()
                        .println("wrote " + export.answerCount() + " answer(s) and " + export.scoreCount()
                                + " score(s) to " + output.toAbsolutePath());
            }
            return 0;
        }
    }
}
