package dev.mledrill.store.contract;

import dev.mledrill.store.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the store's contract tests run on: a fresh in-memory H2 each time, and the
 * PostgreSQL named by {@code MLE_DRILL_TEST_PG_URL} (which {@code .ci/run} starts) with its
 * schema reset. Without that variable the PostgreSQL tests are skipped, saying why; under CI
 * they fail instead, so a missing database can never pass silently.
 */
public final class TestDatabases {
    public static final String PG_URL_VARIABLE = "MLE_DRILL_TEST_PG_URL";

    private TestDatabases() {
    }

    public static Database freshH2() {
        return Database.h2InMemory("contract-" + UUID.randomUUID());
    }

    public static Optional<String> postgresUrl() {
        String url = System.getenv(PG_URL_VARIABLE);
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
    }

    /** The PostgreSQL test database, emptied and migrated; skips (or fails under CI) without one. */
    public static Database freshPostgres() {
        Optional<String> url = postgresUrl();
        if (url.isEmpty()) {
            String why = PG_URL_VARIABLE + " is not set: PostgreSQL contract tests skipped."
                    + " Run `bash .ci/run` (starts a throwaway PostgreSQL) or set it to a jdbc:postgresql URL.";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("CI must run the PostgreSQL contract tests: " + why);
            }
            Assumptions.abort(why);
        }
        resetSchema(url.get());
        return Database.open(url.get(), null, null);
    }

    /** Another connection pool on the PostgreSQL test database, as a second instance would open. */
    public static Database postgres() {
        return Database.open(postgresUrl().orElseThrow(), null, null);
    }

    private static void resetSchema(String url) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public");
        } catch (Exception e) {
            throw new IllegalStateException("cannot reset the PostgreSQL test schema", e);
        }
    }
}
