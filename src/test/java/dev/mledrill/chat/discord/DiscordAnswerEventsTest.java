package dev.mledrill.chat.discord;

import static dev.mledrill.chat.discord.FakeDiscord.ALICE;
import static dev.mledrill.chat.discord.FakeDiscord.BOB;
import static dev.mledrill.chat.discord.FakeDiscord.CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.Receipt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordAnswerEventsTest extends FakeDiscordTest {
    private String thread;

    @BeforeEach
    void postQuestion() {
        thread = postToday().threadId();
    }

    private <T extends ChatEvent> T only(Class<T> type) {
        await().until(() -> h.events.stream().anyMatch(type::isInstance));
        return h.events.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName("a message in the question's thread reaches the core as an answer with stable ids")
    void messageInThreadIsAnAnswer() {
        String id = h.discord.userPosts(thread, ALICE, "Users saw a smooth 30 fps preview.");

        ChatEvent.AnswerPosted answer = only(ChatEvent.AnswerPosted.class);
        assertThat(answer.eventId()).isEqualTo("create:" + id);
        assertThat(answer.channel()).isEqualTo(DiscordHarness.DRILL_CHANNEL);
        assertThat(answer.threadId()).isEqualTo(thread);
        assertThat(answer.messageId()).isEqualTo(id);
        assertThat(answer.user().id()).isEqualTo(ALICE.id());
        assertThat(answer.user().team()).isEqualTo(FakeDiscord.GUILD);
        assertThat(answer.displayName()).isEqualTo("alice");
        assertThat(answer.text()).isEqualTo("Users saw a smooth 30 fps preview.");
    }

    @Test
    @DisplayName("bots, messages outside threads and threads of unconfigured channels are ignored")
    void ignoresWhatIsNotAnAnswer() {
        h.discord.userPosts(thread, FakeDiscord.OTHER_BOT, "beep");
        h.discord.userPosts(CHANNEL, ALICE, "chatting in the channel");
        h.discord.userPosts(FakeDiscord.OTHER_CHANNEL, ALICE, "elsewhere");
        String marker = h.discord.userPosts(thread, BOB, "the real answer");

        await().until(() -> !h.events.isEmpty());
        assertThat(h.events).extracting(ChatEvent::eventId).containsExactly("create:" + marker);
    }

    @Test
    @DisplayName("an edit reaches the core as AnswerEdited with the new text, to be rescored")
    void editIsRescored() {
        String id = h.discord.userPosts(thread, ALICE, "first take");
        only(ChatEvent.AnswerPosted.class);

        h.discord.userEdits(thread, id, "better take with 48 ms to 29 ms");

        ChatEvent.AnswerEdited edited = only(ChatEvent.AnswerEdited.class);
        assertThat(edited.messageId()).isEqualTo(id);
        assertThat(edited.text()).isEqualTo("better take with 48 ms to 29 ms");
        assertThat(edited.eventId()).startsWith("update:" + id + ":");
        assertThat(edited.threadId()).isEqualTo(thread);
    }

    @Test
    @DisplayName("a deletion reaches the core as AnswerDeleted with only the ids")
    void deletionWithdraws() {
        String id = h.discord.userPosts(thread, ALICE, "oops");
        only(ChatEvent.AnswerPosted.class);

        h.discord.userDeletes(thread, id);

        ChatEvent.AnswerDeleted deleted = only(ChatEvent.AnswerDeleted.class);
        assertThat(deleted.messageId()).isEqualTo(id);
        assertThat(deleted.eventId()).isEqualTo("delete:" + id);
        assertThat(deleted.channel()).isEqualTo(DiscordHarness.DRILL_CHANNEL);
    }

    @Test
    @DisplayName(
            "a message Discord delivers twice is handed over twice with the same event id, for the core to store once")
    void redeliveryKeepsTheEventId() {
        String id = h.discord.userPosts(thread, ALICE, "once");
        h.discord.redeliver(thread, id);

        await().until(() -> h.events.size() == 2);
        assertThat(h.events).extracting(ChatEvent::eventId).containsOnly("create:" + id);
    }

    @Test
    @DisplayName("an answer the core rejects gets the core's message as a reply, so the user knows")
    void rejectedAnswerIsExplained() {
        h.receipts = e -> new Receipt.Rejected("Your answer is empty: write it as text in this thread.");

        String id = h.discord.userPosts(thread, ALICE, "");

        FakeDiscord.Call reply = h.discord.awaitCall(c ->
                c.is("POST", "channels/" + thread + "/messages") && c.body().has("message_reference"));
        assertThat(reply.body().path("message_reference").path("message_id").asText())
                .isEqualTo(id);
        assertThat(reply.body().path("content").asText())
                .isEqualTo("Your answer is empty: write it as text in this thread.");
    }

    @Test
    @DisplayName("a sink failure is logged and does not stop later answers from arriving")
    void sinkFailureDoesNotStopTheBot() {
        h.receipts = e -> {
            throw new IllegalStateException("database down");
        };
        h.discord.userPosts(thread, ALICE, "lost?");
        await().until(() -> h.events.size() == 1);
        h.receipts = e -> new Receipt.Stored(2);

        String second = h.discord.userPosts(thread, BOB, "second");

        await().until(() -> h.events.size() == 2);
        assertThat(h.events.get(1).eventId()).isEqualTo("create:" + second);
    }
}
