package dev.mledrill.testing;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.schedule.DrillOccurrence;
import dev.mledrill.schedule.PostStatus;
import dev.mledrill.schedule.PostedQuestion;
import dev.mledrill.store.JdbcPostedQuestions;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import javax.sql.DataSource;

/** Posted questions stored directly (claimed and posted), for tests of what is read from them. */
public final class Posts {
    private final JdbcPostedQuestions posts;
    private final ZoneId zone;

    public Posts(DataSource dataSource, ZoneId zone) {
        this.posts = new JdbcPostedQuestions(dataSource);
        this.zone = zone;
    }

    /** A question posted at 09:00 on {@code day} whose window closes at 09:00 the next day. */
    public PostedQuestion posted(ChannelRef channel, LocalDate day) {
        DrillOccurrence occurrence = new DrillOccurrence(
                day,
                day.atTime(LocalTime.of(9, 0)).atZone(zone),
                day.plusDays(1).atTime(LocalTime.of(9, 0)).atZone(zone));
        PostedQuestion row = posts.claimDay(
                        channel,
                        "#" + channel.id(),
                        occurrence,
                        TestQuestions.question("q-" + channel.id() + "-" + day, "latency"),
                        PostStatus.CLAIMED,
                        "test",
                        occurrence.postAt().toInstant())
                .row();
        posts.markPosted(
                row.id(),
                "test",
                new PostedMessage("m" + row.id(), "t" + row.id()),
                occurrence.postAt().toInstant());
        return posts.byId(row.id()).orElseThrow();
    }
}
