package dev.mledrill.cli;

import dev.mledrill.app.config.AppConfig;
import dev.mledrill.store.Restore;
import java.nio.file.Path;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "restore",
        description = {
            "Restore a backup zip into the data directory (--data, else the 'database' key).",
            "The backup is restored into a staging directory and checked before it is moved into place, so a",
            "damaged file leaves the data directory as it was. Refuses while a database exists there, unless",
            "--replace (the service must be stopped; the old database is kept beside the new one)."
        })
final class RestoreCommand extends ConfiguredCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "A zip written by 'mle-drill backup'.")
    Path file;

    @Option(
            names = "--replace",
            description = "Replace an existing database, keeping it as mle-drill.mv.db.before-restore-TIME.")
    boolean replace;

    @Override
    int run() {
        AppConfig config = options.load(env);
        if (config.database().startsWith("jdbc:")) {
            throw new IllegalArgumentException("restore works on the embedded H2 database directory, not on "
                    + "a JDBC URL; for PostgreSQL use pg_restore");
        }
        Path directory = Path.of(config.database());
        Restore.Result result =
                Progress.whileRunning("restore", "s", () -> 0, () -> Restore.restore(file, directory, replace));
        var out = spec.commandLine().getOut();
        out.println("restored " + file.toAbsolutePath() + " into " + directory.toAbsolutePath() + " ("
                + result.rows().entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", "))
                + "); start the service to use it");
        result.previous().ifPresent(previous -> out.println("the database it replaced is kept as " + previous));
        return 0;
    }
}
