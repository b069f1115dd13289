package dev.mledrill.chat.slack;

import dev.mledrill.app.Application;
import dev.mledrill.chat.Chats;
import dev.mledrill.chat.CommandHandler;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.drill.DrillService;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.AskedQuestion;
import dev.mledrill.rubric.Score;
import dev.mledrill.rubric.Scorer;
import dev.mledrill.schedule.ChannelPauses;
import dev.mledrill.store.Database;
import dev.mledrill.store.TestPosts;
import dev.mledrill.testing.WiredCore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real core for end-to-end Slack tests: the service's graph from the composition root
 * ({@link WiredCore}), the rubric scorer from config/rubric.yaml, on an in-memory H2 database migrated by Flyway.
 */
final class RealCore implements AutoCloseable {
    final Database db = Database.h2InMemory("slack-core-" + UUID.randomUUID());
    final List<String> scoredTexts = new CopyOnWriteArrayList<>();
    final Application app;
    final Chats chats;
    final DrillService drill;
    final CommandHandler commands;
    final ChannelPauses pauses;

    RealCore(List<ChannelSettings> channels, List<Question> bank, Clock clock) {
        this(channels, bank, clock, false);
    }

    /** @param followUps whether the channels ask follow-up probes (the bundled templates) */
    RealCore(List<ChannelSettings> channels, List<Question> bank, Clock clock, boolean followUps) {
        app = WiredCore.wire(db, channels, bank, clock, followUps, rubricScorer -> new Scorer() {
            @Override
            public Score score(String answer, Optional<? extends AskedQuestion> question) {
                scoredTexts.add(answer);
                return rubricScorer.score(answer, question);
            }

            @Override
            public String rubricVersion() {
                return rubricScorer.rubricVersion();
            }
        });
        chats = app.chats();
        drill = app.drill();
        commands = app.commands();
        pauses = app.pauses();
    }

    /**
     * Registers the harness's chat, posts the sample question through it as posted at {@code postedAt} with a
     * one-day window, records it as the scheduler would, and returns its thread.
     */
    String postDrill(SlackHarness slack, Instant postedAt) {
        chats.register(slack.adapter.chat());
        PostedMessage posted = slack.adapter
                .chat()
                .postQuestion(new QuestionPost(
                        SlackSamples.CHANNEL_REF,
                        SlackSamples.question(),
                        LocalDate.ofInstant(postedAt, SlackSamples.BERLIN),
                        ZonedDateTime.ofInstant(postedAt.plus(Duration.ofDays(1)), SlackSamples.BERLIN)));
        TestPosts.posted(
                db,
                SlackSamples.CHANNEL_REF,
                SlackSamples.question().id(),
                posted.threadId(),
                postedAt,
                postedAt.plus(Duration.ofDays(1)));
        return posted.threadId();
    }

    double number(String sql) {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String sql) {
        return (long) number(sql);
    }

    @Override
    public void close() {
        app.close();
    }
}
