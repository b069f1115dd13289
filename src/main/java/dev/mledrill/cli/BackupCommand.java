package dev.mledrill.cli;

import dev.mledrill.app.Application;
import dev.mledrill.app.Stores;
import dev.mledrill.store.Backup;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "backup",
        description = {
            "Write a consistent SQL dump of the H2 database to FILE (a zip) while the service keeps running.",
            "Refuses to overwrite FILE. For a PostgreSQL database use pg_dump."
        })
final class BackupCommand extends ConfiguredCommand {

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "The zip file to write, e.g. backups/mle-drill-2026-11-24.zip.")
    Path file;

    @Override
    int run() {
        try (Stores stores = Application.openStores(options.load(env), env, Clock.systemUTC())) {
            Path written = Progress.whileRunning(
                    "backup",
                    "B",
                    () -> Progress.sizeOf(file.toAbsolutePath()),
                    () -> Backup.backup(stores.database(), file));
            spec.commandLine().getOut().println("backup written to " + written);
            return 0;
        }
    }
}
