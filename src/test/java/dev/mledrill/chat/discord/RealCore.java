package dev.mledrill.chat.discord;

import dev.mledrill.app.Application;
import dev.mledrill.chat.Chats;
import dev.mledrill.chat.CommandHandler;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.drill.DrillService;
import dev.mledrill.question.Question;
import dev.mledrill.store.Database;
import dev.mledrill.store.TestPosts;
import dev.mledrill.testing.WiredCore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The real core behind the adapter in end-to-end tests: the service's graph from the composition root
 * ({@link WiredCore}) with the rubric scorer and the {@code /drill} command handler, on a fresh in-memory
 * H2 with the real migrations.
 */
final class RealCore implements AutoCloseable {
    /** The drill channel in Europe/Berlin with feedback in the question's thread. */
    static final ChannelSettings THREAD_FEEDBACK = new ChannelSettings(
            DiscordHarness.DRILL_CHANNEL,
            "drill",
            "0 0 9 ? * MON-FRI",
            ZoneId.of("Europe/Berlin"),
            Map.of(),
            Set.of(),
            Optional.empty(),
            FeedbackMode.THREAD,
            true,
            true,
            List.of());

    final Database db = Database.h2InMemory("discord-" + UUID.randomUUID());
    final Application app;
    final Chats chats;
    final DrillService drill;
    final CommandHandler commands;

    RealCore(ChannelSettings channel, List<Question> bank, Clock clock) {
        this(channel, bank, clock, false);
    }

    /** @param followUps whether the channel asks follow-up probes (the bundled templates) */
    RealCore(ChannelSettings channel, List<Question> bank, Clock clock, boolean followUps) {
        app = WiredCore.wire(db, List.of(channel), bank, clock, followUps, UnaryOperator.identity());
        chats = app.chats();
        drill = app.drill();
        commands = app.commands();
    }

    /**
     * Registers the harness's chat, posts {@code question} through it now with a one-day window, records it as the
     * scheduler would, and returns its thread.
     */
    String postDrill(DiscordHarness h, Question question) {
        chats.register(h.adapter.chat());
        Instant now = Instant.now();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        PostedMessage posted = h.adapter
                .chat()
                .postQuestion(new QuestionPost(
                        DiscordHarness.DRILL_CHANNEL,
                        question,
                        LocalDate.now(berlin),
                        now.plus(Duration.ofDays(1)).atZone(berlin)));
        TestPosts.posted(
                db,
                DiscordHarness.DRILL_CHANNEL,
                question.id(),
                posted.threadId(),
                now.minusSeconds(60),
                now.plus(Duration.ofDays(1)));
        return posted.threadId();
    }

    double number(String sql) throws Exception {
        try (var c = db.connection();
                var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    long count(String sql) throws Exception {
        try (var c = db.connection();
                var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
