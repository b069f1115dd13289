package dev.mledrill.chat.discord;

import static dev.mledrill.chat.discord.FakeDiscord.ALICE;
import static dev.mledrill.chat.discord.FakeDiscord.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.FeedbackMode;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordCatchUpTest {

    private static boolean handed(DiscordHarness h, String messageId) {
        return h.events.stream().anyMatch(e -> e instanceof ChatEvent.AnswerPosted p && p.messageId().equals(messageId));
    }

    @Test
    @DisplayName("at start, answers written in the bot's open question threads while it was down reach the core")
    void catchesUpAtStart() throws Exception {
        AtomicReference<String> offline = new AtomicReference<>();
        AtomicReference<String> foreign = new AtomicReference<>();
        try (DiscordHarness h = new DiscordHarness(FeedbackMode.THREAD, null, fake -> {
            String thread = fake.existingBotThread(FakeDiscord.CHANNEL, "2026-11-23 · nlp");
            offline.set(fake.userPostedWhileOffline(thread, ALICE, "written while the bot was down"));
            String other = fake.existingBotThread(FakeDiscord.OTHER_CHANNEL, "not a drill channel");
            foreign.set(fake.userPostedWhileOffline(other, BOB, "elsewhere"));
        })) {
            await().atMost(Duration.ofSeconds(10)).until(() -> handed(h, offline.get()));
            ChatEvent.AnswerPosted answer = (ChatEvent.AnswerPosted) h.events.get(0);
            assertThat(answer.eventId()).isEqualTo("create:" + offline.get());
            assertThat(answer.channel()).isEqualTo(DiscordHarness.DRILL_CHANNEL);
            assertThat(h.events).noneMatch(e -> e instanceof ChatEvent.AnswerPosted p
                    && p.messageId().equals(foreign.get()));
        }
    }

    @Test
    @DisplayName("after Discord invalidates the session, the bot identifies again and reads back what it missed")
    void catchesUpAfterNewSession() throws Exception {
        try (DiscordHarness h = new DiscordHarness()) {
            String thread = h.postToday().threadId();
            String missed = h.discord.userPostedWhileOffline(thread, ALICE, "sent during the outage");

            h.discord.invalidateSession();

            await().atMost(Duration.ofSeconds(20)).until(() -> handed(h, missed));
            assertThat(h.discord.gatewayFrames().stream().filter(f -> f.path("op").asInt() == 2)).hasSize(2);
        }
    }
}
