package dev.mledrill.cli;

import dev.mledrill.app.config.AppConfig;
import dev.mledrill.store.Backup;
import dev.mledrill.store.Database;
import dev.mledrill.store.DatabaseWait;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Opens the database the configuration names, for commands that work on existing data. */
final class ConfiguredDatabase {
    static final String USER_VARIABLE = "MLE_DRILL_DATABASE_USER";
    static final String PASSWORD_VARIABLE = "MLE_DRILL_DATABASE_PASSWORD";

    private ConfiguredDatabase() {
    }

    /**
     * The configured database: a JDBC URL as given, or the H2 database in the data directory, which
     * must exist already (a mistyped --data must not quietly create an empty database); while the
     * service runs, through the service.
     */
    static Database openExisting(AppConfig config, Map<String, String> env) {
        String database = config.database();
        if (database.startsWith("jdbc:")) {
            return Database.open(database, env.get(USER_VARIABLE), env.get(PASSWORD_VARIABLE));
        }
        Path directory = Path.of(database);
        if (!Files.exists(Backup.databaseFile(directory))) {
            throw new IllegalArgumentException("no mle-drill database in " + directory.toAbsolutePath()
                    + " (set --data DIR or the 'database' key in the configuration)");
        }
        return Database.h2Existing(directory, DatabaseWait.from(env));
    }
}
