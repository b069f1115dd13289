package dev.mledrill.store;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.UserRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;

/** Read-only lookups of stored ids (unlike {@link JdbcDirectory}, never creates a row). */
final class KnownIds {
    /** A channel's row id and its workspace's. */
    record ChannelIds(long channel, long workspace) {}

    private KnownIds() {}

    static Optional<ChannelIds> channel(Connection c, ChannelRef channel) throws SQLException {
        try (PreparedStatement ps = Transaction.prepare(
                        c,
                        "select c.id, c.workspace_id from channels c join workspaces w"
                                + " on w.id = c.workspace_id where w.platform = ? and w.external_id = ? and c.external_id = ?",
                        channel.platform().id(),
                        channel.team(),
                        channel.id());
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new ChannelIds(rs.getLong(1), rs.getLong(2))) : Optional.empty();
        }
    }

    static OptionalLong user(Connection c, UserRef user) throws SQLException {
        try (PreparedStatement ps = Transaction.prepare(
                        c,
                        "select u.id from users u join workspaces w on w.id = u.workspace_id"
                                + " where w.platform = ? and w.external_id = ? and u.external_id = ?",
                        user.platform().id(),
                        user.team(),
                        user.id());
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        }
    }
}
