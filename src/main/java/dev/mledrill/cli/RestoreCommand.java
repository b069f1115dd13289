package dev.mledrill.cli;

import dev.mledrill.app.config.AppConfig;
import dev.mledrill.store.Backup;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "restore",
        description = {
            "Restore a backup zip into the data directory (--data, else the 'database' key). The service must be",
            "stopped and the old database moved aside first: restore refuses while a database exists there."})
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(index = "0", paramLabel = "FILE", description = "A zip written by 'mle-drill backup'.")
    Path file;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    Map<String, String> env = System.getenv();

    @Override
    public Integer call() throws Exception {
        return Failures.reported(spec, this::run);
    }

    private int run() {
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
