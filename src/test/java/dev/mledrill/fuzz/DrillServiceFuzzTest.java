package dev.mledrill.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ch.qos.logback.classic.Level;
import dev.mledrill.app.Stores;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.Chats;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.AnswerText;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.drill.DrillService;
import dev.mledrill.drill.TestScores;
import dev.mledrill.store.Database;
import dev.mledrill.store.PersonalRows;
import dev.mledrill.store.TestPosts;
import dev.mledrill.streak.StreakSummary;
import dev.mledrill.testing.CapturedLogs;
import dev.mledrill.testing.OddText;
import dev.mledrill.testing.RecordingChat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 2,000 seeded random chat events straight into {@link DrillService#accept}, on a real H2: posts,
 * edits and deletions of known and unknown messages, in known and unknown threads and channels, with
 * odd texts and odd times. Every event gets a receipt (no exception), nothing is stored twice, and
 * no text reaches the logs at INFO or above; each refused answer is logged once.
 */
class DrillServiceFuzzTest {
    private static final int EVENTS = 2_000;
    private static final Instant POSTED = Instant.parse("2026-03-02T08:00:00Z");
    private static final ChannelRef CHANNEL = new ChannelRef(Platform.DISCORD, "G1", "C1");
    private static final String THREAD = "T-question";

    @Test
    @DisplayName("2,000 random answer events: each gets a receipt, none throws, refusals are logged once without text")
    void randomEventsGetReceipts() {
        Random random = new Random(7_331L);
        List<String> messageIds = new ArrayList<>();
        List<Receipt> receipts = new ArrayList<>();
        int refusals = 0;
        try (CapturedLogs logs = new CapturedLogs(Level.INFO);
                Database db = Database.h2InMemory("drill-fuzz-" + UUID.randomUUID())) {
            TestPosts.posted(db, CHANNEL, "q1", THREAD, POSTED, POSTED.plus(Duration.ofDays(2)));
            DrillService drill = new DrillService(
                    Stores.drillStores(db.dataSource()),
                    () -> List.of(TestScores.question("q1", "vision")),
                    new TestScores.RecordingScorer(),
                    (user, channel) -> StreakSummary.NONE,
                    new Chats().register(new RecordingChat(Platform.DISCORD)),
                    List.of(new ChannelSettings(
                            CHANNEL,
                            "drills",
                            "0 0 9 ? * *",
                            ZoneOffset.UTC,
                            Map.of(),
                            Set.of(),
                            Optional.empty(),
                            FeedbackMode.THREAD,
                            true,
                            true,
                            List.of())),
                    Runnable::run,
                    Clock.fixed(POSTED.plusSeconds(60), ZoneOffset.UTC));
            for (int i = 0; i < EVENTS; i++) {
                ChatEvent event = event(random, i, messageIds);
                Receipt[] receipt = new Receipt[1];
                assertThatCode(() -> receipt[0] = drill.accept(event))
                        .as(event.toString())
                        .doesNotThrowAnyException();
                receipts.add(receipt[0]);
                if (receipt[0] instanceof Receipt.Rejected) {
                    refusals++;
                }
            }
            List<String> lines = logs.atLeast(Level.INFO).stream()
                    .map(CapturedLogs::fullText)
                    .toList();
            assertThat(lines).noneMatch(line -> line.contains(OddText.MARK));
            assertThat(lines.stream()
                            .filter(line -> line.contains(" rejected ("))
                            .count())
                    .isEqualTo(refusals);
            PersonalRows rows = new PersonalRows(db);
            assertThat(rows.count("select count(*) from answers"))
                    .isEqualTo(rows.count("select count(distinct platform_message_id) from answers"));
            assertThat(receipts).hasSize(EVENTS).doesNotContainNull();
            assertThat(receipts)
                    .anyMatch(r -> r instanceof Receipt.Stored)
                    .anyMatch(r -> r instanceof Receipt.Rejected)
                    .anyMatch(r -> r instanceof Receipt.Ignored)
                    .anyMatch(r -> r instanceof Receipt.Duplicate)
                    .anyMatch(r -> r instanceof Receipt.Withdrawn);
        }
    }

    private static ChatEvent event(Random random, int i, List<String> messageIds) {
        ChannelRef channel =
                random.nextInt(10) == 0 ? new ChannelRef(Platform.DISCORD, "G" + random.nextInt(3), "C9") : CHANNEL;
        String thread = random.nextInt(8) == 0 ? "T" + random.nextInt(100) : THREAD;
        boolean known = !messageIds.isEmpty() && random.nextInt(3) == 0;
        String messageId = known ? messageIds.get(random.nextInt(messageIds.size())) : "M" + i;
        String eventId = random.nextInt(20) == 0 ? "E" + random.nextInt(i + 1) : "E" + i + "-" + random.nextInt(1000);
        UserRef user = new UserRef(Platform.DISCORD, channel.team(), "U" + random.nextInt(30));
        Instant at = time(random);
        String text = OddText.random(random, 10, 60);
        return switch (random.nextInt(10)) {
            case 0, 1 -> new ChatEvent.AnswerEdited(eventId, channel, thread, messageId, user, text, at);
            case 2 -> new ChatEvent.AnswerDeleted(eventId, channel, messageId, at);
            default -> {
                if (AnswerText.rejection(text).isEmpty() || random.nextBoolean()) {
                    messageIds.add(messageId);
                }
                yield new ChatEvent.AnswerPosted(eventId, channel, thread, messageId, user, "name " + text, text, at);
            }
        };
    }

    /** Mostly inside the answer window; sometimes long after it, long before it, or at the ends of time. */
    private static Instant time(Random random) {
        return switch (random.nextInt(20)) {
            case 0 -> Instant.EPOCH;
            case 1 -> Instant.parse("9999-12-31T23:59:59Z");
            case 2 -> POSTED.plus(Duration.ofDays(400));
            case 3 -> POSTED.minus(Duration.ofDays(400));
            default -> POSTED.plusSeconds(random.nextInt(100_000));
        };
    }
}
