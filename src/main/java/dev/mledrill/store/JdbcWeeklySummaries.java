package dev.mledrill.store;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.progress.WeeklySummaries;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;

/** Claims on weekly wrap-ups in weekly_summaries (V15): the key (channel, week) makes each go out once. */
public final class JdbcWeeklySummaries implements WeeklySummaries {
    private static final String CHANNEL_ID = "select c.id from channels c join workspaces w on w.id = c.workspace_id"
            + " where w.platform = ? and w.external_id = ? and c.external_id = ?";

    private final DataSource dataSource;
    private final JdbcDirectory directory = new JdbcDirectory();

    public JdbcWeeklySummaries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean claim(ChannelRef channel, LocalDate weekStart, Instant now, Instant staleBefore) {
        return Transaction.run(dataSource, c -> {
            long id = directory.channel(c, channel, now);
            return Transaction.insertIfAbsent(
                            c,
                            "insert into weekly_summaries (channel_id, week_start, claimed_at) values (?, ?, ?)",
                            id,
                            weekStart,
                            now)
                    || Transaction.update(
                                    c,
                                    "update weekly_summaries set claimed_at = ? where channel_id = ? and week_start = ?"
                                            + " and posted_at is null and claimed_at < ?",
                                    now,
                                    id,
                                    weekStart,
                                    staleBefore)
                            == 1;
        });
    }

    @Override
    public void markPosted(ChannelRef channel, LocalDate weekStart, Instant at) {
        Transaction.run(
                dataSource,
                c -> Transaction.update(
                        c,
                        "update weekly_summaries set posted_at = ? where week_start = ?" + " and channel_id = ("
                                + CHANNEL_ID + ")",
                        at,
                        weekStart,
                        channel.platform().id(),
                        channel.team(),
                        channel.id()));
    }

    @Override
    public void release(ChannelRef channel, LocalDate weekStart) {
        Transaction.run(
                dataSource,
                c -> Transaction.update(
                        c,
                        "delete from weekly_summaries where week_start = ? and posted_at is null"
                                + " and channel_id = (" + CHANNEL_ID + ")",
                        weekStart,
                        channel.platform().id(),
                        channel.team(),
                        channel.id()));
    }
}
