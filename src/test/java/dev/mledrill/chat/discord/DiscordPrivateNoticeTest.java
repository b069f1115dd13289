package dev.mledrill.chat.discord;

import static dev.mledrill.chat.discord.FakeDiscord.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.chat.Platform;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.PrivateNotice;
import dev.mledrill.chat.UserRef;
import okhttp3.Headers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The near-copy notice on Discord: a DM to the answer's author through JDA, never a message others can read. */
class DiscordPrivateNoticeTest extends FakeDiscordTest {
    private static final UserRef ALICE_REF = new UserRef(Platform.DISCORD, FakeDiscord.GUILD, ALICE.id());
    private static final String TEXT = "**Not counted (copied):** it is nearly the same text as an earlier answer.";

    @Test
    @DisplayName("the notice is a DM to the author with a link to the answer, and nothing is posted in the thread")
    void noticeByDirectMessage() {
        PostedMessage posted = postToday();
        String answer = h.discord.userPosts(posted.threadId(), ALICE, "answer");

        h.adapter
                .chat()
                .sendPrivateNotice(new PrivateNotice(
                        DiscordHarness.DRILL_CHANNEL, posted.threadId(), answer, ALICE_REF, false, TEXT));

        assertThat(h.discord
                        .awaitCall("POST", "users/@me/channels")
                        .body()
                        .path("recipient_id")
                        .asText())
                .isEqualTo(ALICE.id());
        String dm = h.discord
                .awaitCall("POST", "channels/" + h.discord.dmChannelOf(ALICE) + "/messages")
                .body()
                .path("content")
                .asText();
        assertThat(dm).contains("Not counted (copied)", posted.threadId() + "/" + answer);
        assertThat(h.discord.count("POST", "channels/" + posted.threadId() + "/messages"))
                .isZero();
    }

    @Test
    @DisplayName("an author who refuses DMs is not told in public instead: the thread gets nothing")
    void refusedDirectMessageStaysPrivate() {
        PostedMessage posted = postToday();
        String answer = h.discord.userPosts(posted.threadId(), ALICE, "answer");
        h.discord.failNext(
                "POST",
                "channels/\\d+/messages",
                403,
                Headers.of(),
                "{\"message\":\"Cannot send messages to this user\",\"code\":50007}");

        h.adapter
                .chat()
                .sendPrivateNotice(new PrivateNotice(
                        DiscordHarness.DRILL_CHANNEL, posted.threadId(), answer, ALICE_REF, false, TEXT));

        assertThat(h.discord.count("POST", "users/@me/channels")).isEqualTo(1);
        assertThat(h.discord.count("POST", "channels/" + posted.threadId() + "/messages"))
                .isZero();
    }
}
