package dev.mledrill.store;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Finds or creates the rows for workspaces, channels and users inside the caller's transaction.
 * Safe when two writers race: the unique keys decide, the loser reads the winner's row.
 */
public final class JdbcDirectory {

    public long workspace(Connection c, Platform platform, String team, Instant at) throws SQLException {
        String select = "select id from workspaces where platform = ? and external_id = ?";
        OptionalLong found = findId(c, select, platform.id(), team);
        if (found.isPresent()) {
            return found.getAsLong();
        }
        OptionalLong inserted = Transaction.insertUnique(
                c,
                "insert into workspaces (platform, external_id, created_at) values (?, ?, ?)",
                platform.id(),
                team,
                at);
        return inserted.isPresent()
                ? inserted.getAsLong()
                : findId(c, select, platform.id(), team).orElseThrow();
    }

    public long channel(Connection c, ChannelRef channel, Instant at) throws SQLException {
        long workspace = workspace(c, channel.platform(), channel.team(), at);
        String select = "select id from channels where workspace_id = ? and external_id = ?";
        OptionalLong found = findId(c, select, workspace, channel.id());
        if (found.isPresent()) {
            return found.getAsLong();
        }
        OptionalLong inserted = Transaction.insertUnique(
                c,
                "insert into channels (workspace_id, external_id, created_at) values (?, ?, ?)",
                workspace,
                channel.id(),
                at);
        return inserted.isPresent()
                ? inserted.getAsLong()
                : findId(c, select, workspace, channel.id()).orElseThrow();
    }

    /** The user's row; a non-blank {@code displayName} replaces the stored one. */
    public long user(Connection c, UserRef user, String displayName, Instant at) throws SQLException {
        long workspace = workspace(c, user.platform(), user.team(), at);
        String select = "select id from users where workspace_id = ? and external_id = ?";
        OptionalLong found = findId(c, select, workspace, user.id());
        if (found.isEmpty()) {
            found = Transaction.insertUnique(
                    c,
                    "insert into users (workspace_id, external_id, display_name, created_at) values (?, ?, ?, ?)",
                    workspace,
                    user.id(),
                    blankToNull(displayName),
                    at);
        }
        long id = found.isPresent()
                ? found.getAsLong()
                : findId(c, select, workspace, user.id()).orElseThrow();
        if (displayName != null && !displayName.isBlank()) {
            Transaction.update(
                    c,
                    "update users set display_name = ? where id = ? and (display_name is null or display_name <> ?)",
                    displayName,
                    id,
                    displayName);
        }
        return id;
    }

    private static OptionalLong findId(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = Transaction.prepare(c, sql, args);
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
