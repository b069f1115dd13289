package dev.mledrill.store;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.drill.OpenThreads;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Posted questions' threads from posted_questions, for backfill at start. */
public final class JdbcOpenThreads implements OpenThreads {
    private final DataSource dataSource;

    public JdbcOpenThreads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<OpenThread> closingSince(Instant since) {
        return Transaction.run(dataSource, c -> {
            List<OpenThread> open = new ArrayList<>();
            try (PreparedStatement ps = Transaction.prepare(c, """
                    select w.platform, w.external_id as team, c.external_id as channel, pq.thread_id, pq.window_closes_at
                    from posted_questions pq
                    join channels c on c.id = pq.channel_id
                    join workspaces w on w.id = c.workspace_id
                    where pq.thread_id is not null and pq.window_closes_at >= ?
                    order by pq.window_closes_at, pq.id""", since);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    open.add(new OpenThread(
                            new ChannelRef(Platform.fromId(rs.getString("platform")), rs.getString("team"), rs.getString("channel")),
                            rs.getString("thread_id"), Transaction.instant(rs, "window_closes_at")));
                }
            }
            return open;
        });
    }
}
