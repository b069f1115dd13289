package dev.mledrill.cli;

import dev.mledrill.store.Database;
import dev.mledrill.store.SharedH2;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A separate process standing in for the running service: opens the H2 database in the given
 * directory, shares it with local commands, adds a workspace, says "ready", and holds the database
 * open until its stdin closes.
 */
public final class HoldDatabase {
    private HoldDatabase() {}

    public static void main(String[] args) throws IOException, SQLException {
        try (Database db = Database.h2File(Path.of(args[0]));
                SharedH2 shared = SharedH2.start(Path.of(args[0]))) {
            try (Connection c = db.connection();
                    Statement s = c.createStatement()) {
                s.executeUpdate(
                        "insert into workspaces (platform, external_id, created_at) values ('slack', 'THELD', current_timestamp)");
            }
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the database open until the parent closes our stdin
            }
        }
    }
}
