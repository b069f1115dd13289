package dev.mledrill.app.durability;

import dev.mledrill.store.Database;
import dev.mledrill.store.contract.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill rounds of {@link SlackKillIT} with {@code database: jdbc:postgresql:...}: each sequence
 * gets its own database on the test PostgreSQL ({@link TestDatabases}: embedded, or MLE_DRILL_TEST_PG_URL).
 */
class PostgresKillIT {
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dir;

    @Test
    @DisplayName(
            "on PostgreSQL, after kill -9 at random points: every acknowledged answer stored once, feedback at most once, one post per day")
    void killRounds() throws Exception {
        String server = TestDatabases.requiredPostgresUrl();
        String prefix = "kill_" + ProcessHandle.current().pid() + "_";
        KillRounds.run("PostgresKillIT", dir, SlackStandIn::new, new KillRound.Databases() {
            @Override
            public String database(Path roundDir, int round) {
                String name = prefix + round;
                try (Connection c = DriverManager.getConnection(server);
                        Statement s = c.createStatement()) {
                    s.execute("drop database if exists " + name);
                    s.execute("create database " + name);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot create database " + name, e);
                }
                return withDatabase(server, name);
            }

            @Override
            public Database open(String database) {
                return Database.open(database, null, null);
            }
        });
    }

    /** {@code jdbc:postgresql://host:port/db?params} with another database name. */
    static String withDatabase(String url, String name) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
    }
}
