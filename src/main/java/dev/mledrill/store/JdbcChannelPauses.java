package dev.mledrill.store;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.schedule.ChannelPauses;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import javax.sql.DataSource;

/** Pauses in the {@code channels.paused} column. */
public final class JdbcChannelPauses implements ChannelPauses {
    private final DataSource dataSource;
    private final Clock clock;
    private final JdbcDirectory directory = new JdbcDirectory();

    public JdbcChannelPauses(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public boolean paused(ChannelRef channel) {
        return Transaction.run(dataSource, c -> {
            try (PreparedStatement ps = Transaction.prepare(
                            c,
                            "select c.paused from channels c join workspaces w"
                                    + " on w.id = c.workspace_id where w.platform = ? and w.external_id = ? and c.external_id = ?",
                            channel.platform().id(),
                            channel.team(),
                            channel.id());
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    @Override
    public void setPaused(ChannelRef channel, boolean paused) {
        Transaction.run(
                dataSource,
                c -> Transaction.update(
                        c,
                        "update channels set paused = ? where id = ?",
                        paused,
                        directory.channel(c, channel, clock.instant())));
    }
}
