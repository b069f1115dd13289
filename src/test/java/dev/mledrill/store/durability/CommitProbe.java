package dev.mledrill.store.durability;

import dev.mledrill.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Child process of {@link DatabaseKillIT}: opens the data directory's H2 database as the service
 * does ({@link Database#h2File}), then commits until it is killed: each commit inserts a row and
 * updates a counter row (so older chunks become garbage H2 may reuse), and {@code COMMITTED n} is
 * printed after the commit returned. Arguments: data directory, milliseconds between commits, and
 * optionally other H2 URL settings to open the file with instead (to measure them).
 */
public final class CommitProbe {
    static final String READY = "READY";
    static final String COMMITTED = "COMMITTED ";

    private CommitProbe() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long interval = Long.parseLong(args[1]);
        try (Database db = args.length > 2
                        ? Database.open("jdbc:h2:file:" + dir.toAbsolutePath().resolve("mle-drill") + args[2], "sa", "")
                        : Database.h2File(dir);
                Connection c = db.connection()) {
            try (Statement s = c.createStatement()) {
                s.execute("create table probe (id bigint primary key, body varchar(2000))");
                s.execute("create table probe_counter (id int primary key, n bigint)");
                s.execute("insert into probe_counter values (1, 0)");
            }
            System.out.println(READY);
            System.out.flush();
            c.setAutoCommit(false);
            String body = "answer text ".repeat(70);
            try (PreparedStatement insert = c.prepareStatement("insert into probe (id, body) values (?, ?)");
                    PreparedStatement bump = c.prepareStatement("update probe_counter set n = ? where id = 1")) {
                for (long n = 1; ; n++) {
                    insert.setLong(1, n);
                    insert.setString(2, body);
                    insert.executeUpdate();
                    bump.setLong(1, n);
                    bump.executeUpdate();
                    c.commit();
                    System.out.println(COMMITTED + n);
                    System.out.flush();
                    Thread.sleep(interval);
                }
            }
        }
    }

    /** How many probe rows the reopened database holds, and whether they are 1..count without a gap. */
    static long[] stored(Database db) throws Exception {
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select count(*), coalesce(max(id), 0), (select n from probe_counter) from probe")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }
}
