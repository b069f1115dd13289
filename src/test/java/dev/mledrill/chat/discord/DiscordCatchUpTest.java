package dev.mledrill.chat.discord;

import static dev.mledrill.chat.discord.FakeDiscord.ALICE;
import static dev.mledrill.chat.discord.FakeDiscord.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.chat.ChatEvent;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordCatchUpTest {

    private static boolean handed(DiscordHarness h, String messageId) {
        return h.events.stream()
                .anyMatch(e ->
                        e instanceof ChatEvent.AnswerPosted p && p.messageId().equals(messageId));
    }

    @Test
    @DisplayName("after Discord invalidates the session, the bot identifies again and reads back what it missed")
    void catchesUpAfterNewSession() throws Exception {
        try (DiscordHarness h = new DiscordHarness()) {
            String thread = h.postToday().threadId();
            String missed = h.discord.userPostedWhileOffline(thread, ALICE, "sent during the outage");
            String other = h.discord.existingBotThread(FakeDiscord.OTHER_CHANNEL, "not a drill channel");
            String foreign = h.discord.userPostedWhileOffline(other, BOB, "elsewhere");

            h.discord.invalidateSession();

            await().atMost(Duration.ofSeconds(20)).until(() -> handed(h, missed));
            assertThat(h.discord.gatewayFrames().stream()
                            .filter(f -> f.path("op").asInt() == 2))
                    .hasSize(2);
            ChatEvent.AnswerPosted answer = (ChatEvent.AnswerPosted) h.events.get(0);
            assertThat(answer.eventId()).isEqualTo("create:" + missed);
            assertThat(answer.channel()).isEqualTo(DiscordHarness.DRILL_CHANNEL);
            assertThat(h.events)
                    .noneMatch(e -> e instanceof ChatEvent.AnswerPosted p
                            && p.messageId().equals(foreign));
        }
    }
}
