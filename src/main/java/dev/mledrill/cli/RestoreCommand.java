package dev.mledrill.cli;

import dev.mledrill.app.config.AppConfig;
import dev.mledrill.store.Backup;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "restore",
        description = {
            "Restore a backup zip into the data directory (--data, else the 'database' key). The service must be",
            "stopped and the old database moved aside first: restore refuses while a database exists there."})
final class RestoreCommand extends ConfiguredCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "A zip written by 'mle-drill backup'.")
    Path file;

    @Override
    int run() {
        AppConfig config = options.load(env);
        if (config.database().startsWith("jdbc:")) {
            throw new IllegalArgumentException("restore works on the embedded H2 database directory, not on "
                    + "a JDBC URL; for PostgreSQL use pg_restore");
        }
        Path directory = Path.of(config.database());
        Backup.restore(file, directory);
        spec.commandLine().getOut().println("restored " + file.toAbsolutePath() + " into " + directory.toAbsolutePath()
                + "; start the service to use it");
        return 0;
    }
}
