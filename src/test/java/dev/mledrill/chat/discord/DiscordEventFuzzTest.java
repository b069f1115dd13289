package dev.mledrill.chat.discord;

import static dev.mledrill.chat.discord.FakeDiscord.ALICE;
import static dev.mledrill.chat.discord.FakeDiscord.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.testing.CapturedLogs;
import dev.mledrill.testing.OddText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 2,000 seeded random Discord message dispatches down the fake gateway into JDA and the adapter's
 * listener: odd and huge texts, edits, deletions, unknown channels, wrong JSON types, missing authors,
 * random JSON. No exception from our listener reaches JDA, every good answer reaches the core once,
 * and no text reaches the logs at INFO or above.
 */
class DiscordEventFuzzTest {
    private static final int PAYLOADS = 2_000;
    private static final int BATCH = 100;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    @DisplayName("2,000 random Discord dispatches: good answers arrive once, nothing escapes into JDA, no text in logs")
    void randomDispatches() throws Exception {
        Random random = new Random(2_026L);
        List<String> answers = new ArrayList<>();
        try (CapturedLogs logs = new CapturedLogs(Level.INFO);
                DiscordHarness h = new DiscordHarness()) {
            String thread = h.postToday().threadId();
            for (int i = 0; i < PAYLOADS; i++) {
                send(h.discord, thread, random, answers);
                if (i % BATCH == BATCH - 1) {
                    awaitProcessed(h, thread);
                }
            }
            awaitProcessed(h, thread);

            List<String> posted = h.events.stream()
                    .filter(e -> e instanceof ChatEvent.AnswerPosted)
                    .map(e -> ((ChatEvent.AnswerPosted) e).messageId())
                    .toList();
            assertThat(posted).containsAll(answers).doesNotHaveDuplicates();
            List<ILoggingEvent> infoOrAbove = logs.atLeast(Level.INFO);
            assertThat(infoOrAbove).noneMatch(DiscordEventFuzzTest::thrownByUs);
            assertThat(infoOrAbove.stream().map(CapturedLogs::fullText)).noneMatch(line -> line.contains(OddText.MARK));
        }
    }

    /**
     * Dispatches are handled in order: once a marker message reaches the sink, everything before it
     * was processed. Waiting per batch keeps JDA's heartbeats from queueing behind thousands of events.
     */
    private static void awaitProcessed(DiscordHarness h, String thread) {
        String marker = h.discord.userPosts(thread, BOB, "batch marker");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> h.events.stream()
                        .anyMatch(e -> e instanceof ChatEvent.AnswerPosted p
                                && p.messageId().equals(marker)));
    }

    private void send(FakeDiscord discord, String thread, Random random, List<String> answers) {
        int dice = random.nextInt(100);
        String text = OddText.random(random, 10, 20);
        if (dice < 45) {
            answers.add(discord.userPosts(thread, random.nextBoolean() ? ALICE : BOB, text));
        } else if (dice < 55 && !answers.isEmpty()) {
            discord.userEdits(thread, answers.get(random.nextInt(answers.size())), text);
        } else if (dice < 60) {
            discord.dispatchRaw(
                    "MESSAGE_DELETE",
                    json.createObjectNode()
                            .put("id", String.valueOf(random.nextLong()))
                            .put("channel_id", thread)
                            .put("guild_id", FakeDiscord.GUILD));
        } else if (dice < 68) {
            discord.dispatchRaw(
                    "MESSAGE_CREATE",
                    discord.messagePayload(
                            String.valueOf(1_300_000_000_000_000_000L + random.nextInt(1_000_000)), ALICE, text));
        } else if (dice < 78) {
            ObjectNode message = discord.messagePayload(thread, ALICE, text);
            String field = List.of("content", "author", "id", "timestamp", "channel_id")
                    .get(random.nextInt(5));
            message.putObject(field).put("oops", text);
            discord.dispatchRaw("MESSAGE_CREATE", message);
        } else if (dice < 88) {
            ObjectNode message = discord.messagePayload(thread, ALICE, text);
            message.remove(List.of("author", "id", "channel_id", "content", "timestamp")
                    .get(random.nextInt(5)));
            discord.dispatchRaw(random.nextBoolean() ? "MESSAGE_CREATE" : "MESSAGE_UPDATE", message);
        } else {
            ObjectNode junk = json.createObjectNode()
                    .put("content", text)
                    .put("channel_id", thread)
                    .put(OddText.random(random, 2, 0), random.nextLong());
            discord.dispatchRaw(
                    List.of("MESSAGE_CREATE", "MESSAGE_UPDATE", "MESSAGE_DELETE", "THREAD_UPDATE")
                            .get(random.nextInt(4)),
                    junk);
        }
    }

    /** An exception our own listener threw and JDA caught (its event manager logs it). */
    private static boolean thrownByUs(ILoggingEvent event) {
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                String line = frame.getSTEAsString();
                if (line.contains("dev.mledrill.chat.discord.") && !line.contains("Test") && !line.contains("Fake")) {
                    return true;
                }
            }
        }
        return false;
    }
}
