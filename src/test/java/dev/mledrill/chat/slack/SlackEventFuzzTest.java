package dev.mledrill.chat.slack;

import static dev.mledrill.chat.slack.SlackSamples.CHANNEL_REF;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import dev.mledrill.app.Stores;
import dev.mledrill.chat.Chats;
import dev.mledrill.chat.CommandReply;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.drill.DrillService;
import dev.mledrill.drill.TestScores;
import dev.mledrill.store.Database;
import dev.mledrill.store.PersonalRows;
import dev.mledrill.store.TestPosts;
import dev.mledrill.streak.StreakSummary;
import dev.mledrill.testing.CapturedLogs;
import dev.mledrill.testing.OddText;
import dev.mledrill.testing.RecordingChat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 10,000 seeded random Slack message events through Bolt's request parser and app (as its Socket
 * Mode client runs them, without the socket, whose 10 ms polling would take minutes), the adapter's
 * handlers and translator, and the real DrillService on H2. No exception from our code may reach
 * Bolt, every envelope Bolt can read is acknowledged, no text reaches the logs at INFO or above,
 * and each refusal is logged once.
 */
class SlackEventFuzzTest {
    private static final int PAYLOADS = 10_000;
    private static final long SEED = 20_261_124L;
    private static final Pattern LOGGED_ID = Pattern.compile("(event|message|\\(ts) ([^ )]+)");
    private static final Instant POSTED_AT = Instant.ofEpochSecond(1_764_000_000L);

    /** One payload and what became of it: acknowledged, or failed inside Bolt before reaching our handlers. */
    record Sent(
            SlackPayloads.Payload payload,
            String eventId,
            String ts,
            boolean acked,
            Exception escaped,
            boolean libraryFailure) {}

    @Test
    @DisplayName(
            "10,000 random, malformed and odd Slack events: none crash or escape into Bolt, refusals logged once without text")
    void randomEventsNeverEscape() throws Exception {
        ExecutorService scoring = Executors.newSingleThreadExecutor();
        List<Sent> sent = new ArrayList<>();
        try (CapturedLogs logs = new CapturedLogs(Level.INFO);
                Database db = Database.h2InMemory("slack-fuzz-" + UUID.randomUUID());
                FakeSlack fake = FakeSlack.start()) {
            Chats chats = new Chats();
            DrillService drill = new DrillService(
                    Stores.drillStores(db.dataSource()),
                    () -> List.of(SlackSamples.question()),
                    new TestScores.RecordingScorer(),
                    (user, channel) -> new StreakSummary(1, 1, 0, 2),
                    chats,
                    List.of(SlackSamples.settings(FeedbackMode.EPHEMERAL, List.of())),
                    scoring,
                    SlackHarness.CLOCK);
            SlackAdapter adapter = new SlackAdapter(
                    fake.settings(),
                    drill,
                    c -> new CommandReply("ok"),
                    channel -> Optional.empty(),
                    SlackHarness.CLOCK);
            try {
                // Feedback goes to a recording chat: thousands of feedback posts to the fake are not what this test is
                // about.
                chats.register(new RecordingChat(Platform.SLACK));
                App app = adapter.app();
                app.start();
                SocketModeRequestParser parser = new SocketModeRequestParser(app.config());
                String thread = "1764000000.000100";
                TestPosts.posted(
                        db,
                        CHANNEL_REF,
                        SlackSamples.question().id(),
                        thread,
                        POSTED_AT,
                        POSTED_AT.plus(Duration.ofDays(3650)));
                SlackPayloads payloads = new SlackPayloads(new Random(SEED), thread);
                for (int i = 0; i < PAYLOADS; i++) {
                    SlackPayloads.Payload payload = payloads.next();
                    String eventId = "Ev" + i;
                    ObjectNode envelope = fake.envelope(payload.event(), 0, eventId, payload.payloadEdit());
                    sent.add(run(app, parser, payload, eventId, envelope.toString()));
                }
                app.stop();
            } finally {
                adapter.close();
            }

            List<String> lines = logs.atLeast(Level.INFO).stream()
                    .map(CapturedLogs::fullText)
                    .toList();
            Set<String> stored = new HashSet<>(new PersonalRows(db).texts("select platform_message_id from answers"));
            Map<String, Set<Integer>> linesById = linesById(lines);
            List<String> problems = new ArrayList<>();
            for (Sent s : sent) {
                problems.addAll(problems(s, mentions(s, linesById), stored));
            }
            assertThat(problems).as("payloads handled wrongly").isEmpty();
            assertThat(lines).as("log lines with an answer text").noneMatch(line -> line.contains(OddText.MARK));
        } finally {
            scoring.shutdownNow();
            scoring.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** What is wrong with how one payload was handled, if anything (short, for the failure message). */
    private static List<String> problems(Sent s, long mentions, Set<String> stored) {
        List<String> problems = new ArrayList<>();
        String what = s.payload().kind() + " " + s.eventId() + " ts " + s.ts();
        if (s.escaped() != null) {
            problems.add(what + ": " + s.escaped() + " escaped into Bolt");
        }
        if (!s.acked() && !s.libraryFailure()) {
            problems.add(what + ": not acknowledged");
        }
        SlackPayloads.Outcome outcome = s.payload().outcome();
        boolean once = outcome == SlackPayloads.Outcome.REJECTED || outcome == SlackPayloads.Outcome.MALFORMED;
        boolean never = outcome == SlackPayloads.Outcome.STORED || outcome == SlackPayloads.Outcome.IGNORED;
        if (s.libraryFailure() ? mentions != 0 : once ? mentions != 1 : never ? mentions != 0 : mentions > 1) {
            problems.add(what + ": logged " + mentions + " times");
        }
        if (outcome == SlackPayloads.Outcome.STORED && !stored.contains(s.ts())) {
            problems.add(what + ": not stored");
        }
        if (outcome != SlackPayloads.Outcome.STORED
                && outcome != SlackPayloads.Outcome.ANY
                && s.ts() != null
                && stored.contains(s.ts())) {
            problems.add(what + ": stored");
        }
        return problems;
    }

    /** What Bolt's SocketModeApp does with one envelope: parse, run the app, hand a failure to the adapter's handler. */
    private static Sent run(
            App app, SocketModeRequestParser parser, SlackPayloads.Payload payload, String eventId, String envelope) {
        String ts = payload.event().path("ts").isTextual()
                ? payload.event().path("ts").asText()
                : null;
        SocketModeRequest request;
        try {
            request = parser.parse(envelope);
        } catch (RuntimeException beforeOurCode) {
            return new Sent(payload, eventId, ts, false, null, true);
        }
        try {
            Response response = app.run(request.getBoltRequest());
            return new Sent(payload, eventId, ts, response.getStatusCode() == 200, null, false);
        } catch (Exception e) {
            Response handled = SlackAdapter.unhandled(SocketModeApp.ErrorContext.builder()
                    .request(request.getBoltRequest())
                    .exception(e)
                    .build());
            return new Sent(payload, eventId, ts, handled != null, ourFrames(e) ? e : null, false);
        }
    }

    private static boolean ourFrames(Throwable e) {
        return !SlackAdapter.unreadablePayload(e);
    }

    /** Which log lines name which id: "event:ID", "ts:TS" (in "(ts TS)") and "message:TS". */
    private static Map<String, Set<Integer>> linesById(List<String> lines) {
        Map<String, Set<Integer>> index = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher ids = LOGGED_ID.matcher(lines.get(i));
            // Overlapping search: in "message event Ev5" both "message event" and "event Ev5" count.
            for (int from = 0; ids.find(from); from = ids.start() + 1) {
                String kind = ids.group(1).equals("(ts") ? "ts" : ids.group(1);
                index.computeIfAbsent(kind + ":" + ids.group(2), k -> new HashSet<>())
                        .add(i);
            }
        }
        return index;
    }

    /** How many log lines name the payload: by its event id, or by its ts when the event id was missing. */
    private static long mentions(Sent s, Map<String, Set<Integer>> linesById) {
        Set<Integer> lines = new HashSet<>(linesById.getOrDefault("event:" + s.eventId(), Set.of()));
        if (s.ts() != null) {
            lines.addAll(linesById.getOrDefault("message:" + s.ts(), Set.of()));
            if (s.payload().kind().equals("no event_id")) {
                lines.addAll(linesById.getOrDefault("ts:" + s.ts(), Set.of()));
            }
        }
        return lines.size();
    }
}
