package dev.mledrill.testing;

import dev.mledrill.chat.Chats;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.question.Question;
import dev.mledrill.schedule.DailyPoster;
import dev.mledrill.schedule.DailyQuestions;
import dev.mledrill.schedule.QuestionPicker;
import dev.mledrill.schedule.Scheduler;
import dev.mledrill.schedule.WrapUpComposer;
import dev.mledrill.schedule.WrapUpPoster;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcChannelPauses;
import dev.mledrill.store.JdbcPostResults;
import dev.mledrill.store.JdbcPostedQuestions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** One running mle-drill instance for scheduling tests: its own database pool and scheduler, wired as in production. */
public final class Instance implements AutoCloseable {
    public static final Duration LEASE = Duration.ofMinutes(2);
    public final Database database;
    public final Scheduler scheduler;
    public final DailyQuestions daily;
    public final JdbcPostedQuestions posts;
    public final DailyPoster poster;

    public Instance(
            Database database,
            List<ChannelSettings> channels,
            List<Question> bank,
            Chats chats,
            Clock clock,
            String name) {
        this.database = database;
        this.posts = new JdbcPostedQuestions(database.dataSource());
        this.daily = new DailyQuestions(posts, () -> bank, new QuestionPicker(), clock);
        JdbcChannelPauses pauses = new JdbcChannelPauses(database.dataSource(), clock);
        this.poster = new DailyPoster(daily, posts, pauses, chats, clock, name, LEASE);
        WrapUpPoster wrapUps = new WrapUpPoster(
                posts, new JdbcPostResults(database.dataSource()), daily, new WrapUpComposer(), chats, clock);
        this.scheduler = new Scheduler(channels, poster, wrapUps, Duration.ofSeconds(30));
    }

    public static Instance onFile(
            Path directory,
            List<ChannelSettings> channels,
            List<Question> bank,
            Chats chats,
            Clock clock,
            String name) {
        return new Instance(Database.h2File(directory), channels, bank, chats, clock, name);
    }

    @Override
    public void close() {
        scheduler.close();
        database.close();
    }
}
