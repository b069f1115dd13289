package dev.mledrill.store;

import dev.mledrill.chat.ChannelRef;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Inserts posted questions directly, as the scheduler would after posting, for tests. */
public final class TestPosts {
    private TestPosts() {}

    /** A posted question of {@code channel} whose thread is {@code threadId}; returns its row id. */
    public static long posted(
            Database db,
            ChannelRef channel,
            String questionId,
            String threadId,
            Instant postedAt,
            Instant windowClosesAt) {
        return Transaction.run(
                db.dataSource(), c -> insert(c, channel, questionId, threadId, postedAt, windowClosesAt));
    }

    private static long insert(
            Connection c,
            ChannelRef channel,
            String questionId,
            String threadId,
            Instant postedAt,
            Instant windowClosesAt)
            throws java.sql.SQLException {
        long channelId = new JdbcDirectory().channel(c, channel, postedAt);
        return Transaction.insertUnique(
                        c,
                        """
                insert into posted_questions (channel_id, drill_date, question_id, category, status, claimed_at,
                    posted_at, window_closes_at, message_id, thread_id)
                values (?, ?, ?, 'vision', 'POSTED', ?, ?, ?, ?, ?)""",
                        channelId,
                        LocalDate.ofInstant(postedAt, ZoneOffset.UTC),
                        questionId,
                        postedAt,
                        postedAt,
                        windowClosesAt,
                        threadId,
                        threadId)
                .orElseThrow();
    }
}
