package dev.mledrill.cli;

import dev.mledrill.store.Backup;
import dev.mledrill.store.Database;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "backup",
        description = {
            "Write a consistent SQL dump of the H2 database to FILE (a zip) while the service keeps running.",
            "Refuses to overwrite FILE. For a PostgreSQL database use pg_dump."})
final class BackupCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(index = "0", paramLabel = "FILE", description = "The zip file to write, e.g. backups/mle-drill-2026-11-24.zip.")
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
        try (Database db = ConfiguredDatabase.openExisting(options.load(env), env)) {
            Path written = Backup.backup(db, file);
            spec.commandLine().getOut().println("backup written to " + written);
            return 0;
        }
    }
}
