package dev.mledrill.cli;

import dev.mledrill.app.config.AppConfig;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.privacy.DataExport;
import dev.mledrill.privacy.ExportJson;
import dev.mledrill.privacy.PrivacyService;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcPersonalData;
import dev.mledrill.store.JdbcStreaks;
import dev.mledrill.streak.Scope;
import dev.mledrill.streak.StreakPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "export",
        description = {
            "Write everything stored about a user as JSON.",
            "Answers with their texts and edit history, scores per criterion, practice sessions, streaks and streak",
            "freezes. Exit code 0 when data was found, 1 when none."})
final class ExportCommand extends ConfiguredCommand {

    @Mixin
    UserOptions user;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the JSON to FILE instead of standard output.")
    Path output;
    Clock clock = Clock.systemUTC();

    @Override
    int run() throws IOException {
        AppConfig config = options.load(env);
        try (Database db = ConfiguredDatabase.openExisting(config, env)) {
            JdbcStreaks streaks = new JdbcStreaks(db.dataSource(), new StreakPolicy(Scope.fromId(config.streak().scope()),
                    config.streak().freezesPerMonth()),
                    channel -> config.channel(channel).map(ChannelSettings::zone).orElse(ZoneOffset.UTC), clock);
            DataExport export = new PrivacyService(new JdbcPersonalData(db.dataSource()), streaks, clock)
                    .export(user.selector());
            if (export.accounts().isEmpty()) {
                spec.commandLine().getErr().println("nothing is stored for " + user.selector().describe());
                return 1;
            }
            String json = ExportJson.write(export);
            if (output == null) {
                spec.commandLine().getOut().println(json);
            } else {
                Files.writeString(output, json + System.lineSeparator());
                spec.commandLine().getOut().println("wrote " + export.answerCount() + " answer(s) and " + export.scoreCount()
                        + " score(s) to " + output.toAbsolutePath());
            }
            return 0;
        }
    }
}
