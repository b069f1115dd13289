package dev.mledrill.app;

import dev.mledrill.store.Backup;
import dev.mledrill.store.Database;
import dev.mledrill.store.DatabaseWait;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one way the configured database is opened: a directory for the embedded H2 database, or a
 * JDBC URL with its login from {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}.
 */
public final class ConfiguredDatabase {
    public static final String USER_VARIABLE = "MLE_DRILL_DATABASE_USER";
    public static final String PASSWORD_VARIABLE = "MLE_DRILL_DATABASE_PASSWORD";

    /** Who opens an H2 directory, which decides whether it may be created and who holds the file. */
    public enum Use {
        /** {@code mle-drill run}: this process opens the file (created if missing) and serves it to local commands. */
        SERVE,
        /** A terminal command that may start from nothing: created if missing; through the service while it runs. */
        CREATE,
        /**
         * A terminal command on stored data: through the service while it runs; a directory with no database is
         * refused, not given an empty one, so that a mistyped --data does not look like empty boards.
         */
        EXISTING
    }

    private ConfiguredDatabase() {}

    public static Database open(String database, Map<String, String> env, Use use) {
        if (database.startsWith("jdbc:")) {
            String user = env.getOrDefault(USER_VARIABLE, database.startsWith("jdbc:h2:") ? "sa" : "");
            return Database.open(database, user, env.getOrDefault(PASSWORD_VARIABLE, ""));
        }
        Path directory = Path.of(database);
        boolean exists = Files.exists(Backup.databaseFile(directory));
        if (use == Use.EXISTING && !exists) {
            throw new IllegalArgumentException("no mle-drill database in " + directory.toAbsolutePath()
                    + " (set --data DIR or the 'database' key in the configuration)");
        }
        return use != Use.SERVE && exists
                ? Database.h2Existing(directory, DatabaseWait.from(env))
                : Database.h2File(directory, DatabaseWait.from(env));
    }
}
