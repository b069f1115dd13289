package dev.mledrill.store.contract;

import dev.mledrill.chat.Chats;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.drill.DrillService;
import dev.mledrill.drill.DrillStores;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Rubric;
import dev.mledrill.rubric.RubricScorer;
import dev.mledrill.schedule.DailyPoster;
import dev.mledrill.schedule.DailyQuestions;
import dev.mledrill.schedule.QuestionPicker;
import dev.mledrill.schedule.Scheduler;
import dev.mledrill.schedule.WrapUpComposer;
import dev.mledrill.schedule.WrapUpPoster;
import dev.mledrill.store.Database;
import dev.mledrill.store.JdbcAnswerStore;
import dev.mledrill.store.JdbcChannelPauses;
import dev.mledrill.store.JdbcPostResults;
import dev.mledrill.store.JdbcPostedQuestions;
import dev.mledrill.store.JdbcQuestionThreads;
import dev.mledrill.store.JdbcScoreStore;
import dev.mledrill.store.JdbcStreaks;
import dev.mledrill.store.ShedLockJobLock;
import dev.mledrill.streak.StreakPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One service instance on a shared database: its own pool, scheduler under ShedLock, and answer path. */
final class ServiceInstance implements AutoCloseable {
    final Database database;
    final Scheduler scheduler;
    final DrillService drill;

    ServiceInstance(Database database, List<ChannelSettings> channels, List<Question> bank, Chats chats, Clock clock,
                    String name) {
        this.database = database;
        var ds = database.dataSource();
        JdbcPostedQuestions posts = new JdbcPostedQuestions(ds);
        DailyQuestions daily = new DailyQuestions(posts, () -> bank, new QuestionPicker(), clock);
        DailyPoster poster = new DailyPoster(daily, posts, new JdbcChannelPauses(ds, clock), chats, clock, name,
                Duration.ofMinutes(2));
        WrapUpPoster wrapUps = new WrapUpPoster(posts, new JdbcPostResults(ds), daily, new WrapUpComposer(), chats, clock);
        this.scheduler = new Scheduler(channels, poster, wrapUps, Scheduler.DEFAULT_TICK, new ShedLockJobLock(database, clock),
                Duration.ofMinutes(5));
        Map<dev.mledrill.chat.ChannelRef, ZoneId> zones = channels.stream()
                .collect(Collectors.toMap(ChannelSettings::channel, ChannelSettings::zone));
        JdbcStreaks streaks = new JdbcStreaks(ds, StreakPolicy.DEFAULT, zones::get, clock);
        this.drill = new DrillService(new DrillStores(new JdbcAnswerStore(ds), new JdbcScoreStore(ds), new JdbcQuestionThreads(ds)),
                () -> bank, new RubricScorer(Rubric.defaults()), streaks, chats, channels, Runnable::run, clock);
    }

    @Override
    public void close() {
        scheduler.close();
        database.close();
    }
}
