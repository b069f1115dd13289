package dev.mledrill.chat.discord;

import static dev.mledrill.chat.discord.FakeDiscord.ALICE;
import static dev.mledrill.chat.discord.FakeDiscord.CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.FeedbackMessage;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.PracticePost;
import dev.mledrill.chat.QuestionThread;
import dev.mledrill.chat.ThreadRead;
import dev.mledrill.chat.UserRef;
import dev.mledrill.chat.WrapUpMessage;
import java.util.List;
import okhttp3.Headers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordChatTest extends FakeDiscordTest {

    @Test
    @DisplayName("a question is posted as an embed and a public thread named for the day and topic is opened on it")
    void postsQuestionAndOpensThread() {
        PostedMessage posted = postToday();

        FakeDiscord.Call post = h.discord.awaitCall("POST", "channels/" + CHANNEL + "/messages");
        assertThat(post.body().path("embeds").get(0).path("description").asText())
                .startsWith("Your camera app's");
        assertThat(post.body().path("embeds").get(0).path("footer").path("text").asText())
                .contains("vision-007");
        FakeDiscord.Call thread =
                h.discord.awaitCall("POST", "channels/" + CHANNEL + "/messages/" + posted.messageId() + "/threads");
        assertThat(thread.body().path("name").asText()).isEqualTo("2026-11-24 · vision");
        assertThat(thread.body().path("auto_archive_duration").asInt()).isEqualTo(10080);
        assertThat(posted.threadId()).isEqualTo(posted.messageId());
    }

    @Test
    @DisplayName("feedback in thread mode is a reply to the answer in the thread, plus a reaction on the answer")
    void feedbackAsThreadReply() {
        PostedMessage posted = postToday();
        String answer = h.discord.userPosts(posted.threadId(), ALICE, "Users saw a smooth preview...");

        h.adapter.chat().sendFeedback(Samples.feedback(posted.threadId(), answer, ALICE, FeedbackMode.THREAD));

        FakeDiscord.Call reply = h.discord.awaitCall(c -> c.is("POST", "channels/" + posted.threadId() + "/messages")
                && c.body().has("message_reference"));
        assertThat(reply.body().path("message_reference").path("message_id").asText())
                .isEqualTo(answer);
        assertThat(reply.body().path("content").asText())
                .contains("**73/100 · good**", "Technical depth", "from 48 ms to 29 ms", "Streak 3");
        assertThat(reply.body().path("allowed_mentions").path("replied_user").asBoolean())
                .isTrue();
        h.discord.awaitCall("PUT", "channels/" + posted.threadId() + "/messages/" + answer + "/reactions/.*/@me");
    }

    @Test
    @DisplayName("feedback in DM mode goes to the answerer's DMs and the answer still gets the reaction")
    void feedbackByDirectMessage() {
        PostedMessage posted = postToday();
        String answer = h.discord.userPosts(posted.threadId(), ALICE, "answer");

        h.adapter.chat().sendFeedback(Samples.feedback(posted.threadId(), answer, ALICE, FeedbackMode.DM));

        FakeDiscord.Call open = h.discord.awaitCall("POST", "users/@me/channels");
        assertThat(open.body().path("recipient_id").asText()).isEqualTo(ALICE.id());
        FakeDiscord.Call dm = h.discord.awaitCall("POST", "channels/" + h.discord.dmChannelOf(ALICE) + "/messages");
        assertThat(dm.body().path("content").asText()).contains("73/100", answer);
        h.discord.awaitCall("PUT", "channels/" + posted.threadId() + "/messages/" + answer + "/reactions/.*/@me");
        assertThat(h.discord.count("POST", "channels/" + posted.threadId() + "/messages"))
                .isZero();
    }

    @Test
    @DisplayName("ephemeral feedback, impossible for plain Discord messages, falls back to a thread reply")
    void ephemeralFallsBackToThread() {
        PostedMessage posted = postToday();
        String answer = h.discord.userPosts(posted.threadId(), ALICE, "answer");

        h.adapter.chat().sendFeedback(Samples.feedback(posted.threadId(), answer, ALICE, FeedbackMode.EPHEMERAL));

        assertThat(h.discord
                        .awaitCall("POST", "channels/" + posted.threadId() + "/messages")
                        .body()
                        .path("message_reference")
                        .path("message_id")
                        .asText())
                .isEqualTo(answer);
        assertThat(h.discord.count("POST", "users/@me/channels")).isZero();
    }

    @Test
    @DisplayName("a user who refuses DMs gets the feedback in the thread instead")
    void refusedDirectMessageFallsBackToThread() {
        PostedMessage posted = postToday();
        String answer = h.discord.userPosts(posted.threadId(), ALICE, "answer");
        h.discord.failNext(
                "POST",
                "channels/\\d+/messages",
                403,
                Headers.of(),
                "{\"message\":\"Cannot send messages to this user\",\"code\":50007}");

        h.adapter.chat().sendFeedback(Samples.feedback(posted.threadId(), answer, ALICE, FeedbackMode.DM));

        assertThat(h.discord
                        .awaitCall("POST", "channels/" + posted.threadId() + "/messages")
                        .body()
                        .path("content")
                        .asText())
                .contains("73/100");
    }

    @Test
    @DisplayName("a 429 on feedback is waited out by JDA's rate limiter and the feedback is still posted")
    void rateLimitedFeedbackIsNotDropped() {
        PostedMessage posted = postToday();
        String answer = h.discord.userPosts(posted.threadId(), ALICE, "answer");
        h.discord.failNext(
                "POST",
                "channels/" + posted.threadId() + "/messages",
                429,
                Headers.of("Retry-After", "1", "Via", "1.1 google", "X-RateLimit-Scope", "user"),
                "{\"message\":\"You are being rate limited.\",\"retry_after\":0.2,\"global\":false}");

        h.adapter.chat().sendFeedback(Samples.feedback(posted.threadId(), answer, ALICE, FeedbackMode.THREAD));

        assertThat(h.discord.count("POST", "channels/" + posted.threadId() + "/messages"))
                .isEqualTo(2);
        h.discord.awaitCall("PUT", "channels/" + posted.threadId() + "/messages/" + answer + "/reactions/.*/@me");
    }

    @Test
    @DisplayName("the wrap-up goes into the question's thread with top scores and key points")
    void wrapUpInThread() {
        PostedMessage posted = postToday();

        h.adapter
                .chat()
                .postWrapUp(new WrapUpMessage(
                        DiscordHarness.DRILL_CHANNEL,
                        posted.threadId(),
                        Samples.QUESTION,
                        7,
                        List.of(new WrapUpMessage.TopScore("*alice*", 81)),
                        "5 of 7 gave no battery figure"));

        String text = h.discord
                .awaitCall("POST", "channels/" + posted.threadId() + "/messages")
                .body()
                .path("content")
                .asText();
        assertThat(text)
                .contains(
                        "7 answers",
                        "1. \\*alice\\* — 81",
                        "5 of 7 gave no battery figure",
                        "before/after latency on a named device");
    }

    @Test
    @DisplayName("a practice question is sent by DM, and an answer there reaches the core for the requesting channel")
    void practiceByDirectMessage() {
        PostedMessage posted = h.adapter
                .chat()
                .postPractice(new PracticePost(
                        new UserRef(Platform.DISCORD, FakeDiscord.GUILD, ALICE.id()),
                        DiscordHarness.DRILL_CHANNEL,
                        Samples.QUESTION));
        String dm = h.discord.dmChannelOf(ALICE);
        assertThat(posted.threadId()).isEqualTo(dm);
        assertThat(h.discord
                        .awaitCall("POST", "channels/" + dm + "/messages")
                        .body()
                        .path("embeds")
                        .get(0)
                        .path("title")
                        .asText())
                .contains("Practice");

        String answer = h.discord.userPosts(dm, ALICE, "practice answer");

        await().until(() -> h.events.size() == 1);
        ChatEvent.AnswerPosted event = (ChatEvent.AnswerPosted) h.events.get(0);
        assertThat(event.channel()).isEqualTo(DiscordHarness.DRILL_CHANNEL);
        assertThat(event.threadId()).isEqualTo(dm);
        assertThat(event.messageId()).isEqualTo(answer);
        assertThat(event.text()).isEqualTo("practice answer");
    }

    @Test
    @DisplayName("thread history backfills answers written while the bot was offline, oldest first, without bots")
    void threadRepliesBackfill() {
        PostedMessage posted = postToday();
        String first = h.discord.userPostedWhileOffline(posted.threadId(), ALICE, "first");
        h.discord.userPostedWhileOffline(posted.threadId(), FakeDiscord.OTHER_BOT, "beep");
        String second = h.discord.userPostedWhileOffline(posted.threadId(), FakeDiscord.BOB, "second");

        ThreadRead read =
                h.adapter.chat().readThread(QuestionThread.daily(DiscordHarness.DRILL_CHANNEL, posted.threadId()));
        List<ChatEvent.AnswerPosted> replies = read.answers();

        assertThat(replies).extracting(ChatEvent.AnswerPosted::messageId).containsExactly(first, second);
        assertThat(replies)
                .extracting(ChatEvent.AnswerPosted::eventId)
                .containsExactly("create:" + first, "create:" + second);
        assertThat(replies.get(0).threadId()).isEqualTo(posted.threadId());
        assertThat(h.discord
                        .awaitCall("GET", "channels/" + posted.threadId() + "/messages")
                        .query())
                .contains("after=" + posted.threadId());
        assertThat(read.complete()).isTrue();
        assertThat(read.messageIds()).contains(first, second).hasSize(3);
    }

    @Test
    @DisplayName(
            "a reply edited while the bot was offline carries its edit, with the event id a live MESSAGE_UPDATE has")
    void editedReplyCarriesItsEdit() {
        PostedMessage posted = postToday();
        String answer = h.discord.userPostedWhileOffline(posted.threadId(), ALICE, "first");
        h.discord.userEditedWhileOffline(posted.threadId(), answer, "first, edited");

        ThreadRead read =
                h.adapter.chat().readThread(QuestionThread.daily(DiscordHarness.DRILL_CHANNEL, posted.threadId()));

        ChatEvent.AnswerEdited edit = read.replies().get(0).edit().orElseThrow();
        assertThat(edit.text()).isEqualTo("first, edited");
        assertThat(edit.eventId()).startsWith("update:" + answer + ":").isNotEqualTo("update:" + answer + ":0");
    }

    @Test
    @DisplayName("when the thread cannot be opened, the question message is deleted and the failure says why")
    void threadFailureWithdrawsTheQuestion() {
        h.discord.failNext(
                "POST",
                "channels/" + CHANNEL + "/messages/\\d+/threads",
                403,
                Headers.of(),
                "{\"message\":\"Missing Permissions\",\"code\":50013}");

        assertThatThrownBy(this::postToday).hasMessageContaining("Create Public Threads");

        String posted = h.discord
                .awaitCall("POST", "channels/" + CHANNEL + "/messages/\\d+/threads")
                .path()
                .split("/")[3];
        h.discord.awaitCall("DELETE", "channels/" + CHANNEL + "/messages/" + posted);
    }

    @Test
    @DisplayName("feedback on an answer deleted in the meantime is still posted and the missing reaction is no error")
    void reactionOnDeletedAnswer() {
        PostedMessage posted = postToday();
        String answer = h.discord.userPosts(posted.threadId(), ALICE, "answer");
        h.discord.failNext(
                "PUT",
                "channels/.*/reactions/.*",
                404,
                Headers.of(),
                "{\"message\":\"Unknown Message\",\"code\":10008}");

        h.adapter.chat().sendFeedback(Samples.feedback(posted.threadId(), answer, ALICE, FeedbackMode.THREAD));

        assertThat(h.discord.count("POST", "channels/" + posted.threadId() + "/messages"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("a wrap-up configured for the channel goes to the channel itself")
    void wrapUpInChannel() {
        h.adapter
                .chat()
                .postWrapUp(new WrapUpMessage(DiscordHarness.DRILL_CHANNEL, null, Samples.QUESTION, 1, List.of(), ""));

        assertThat(h.discord
                        .awaitCall("POST", "channels/" + CHANNEL + "/messages")
                        .body()
                        .path("content")
                        .asText())
                .contains("1 answer", "Model answer outline", WrapUpMessage.MODEL_ANSWER_NOTE);
    }

    @Test
    @DisplayName("practice feedback goes back into the DM as a reply to the answer, without a streak line")
    void practiceFeedbackInTheDm() {
        h.adapter
                .chat()
                .postPractice(new PracticePost(
                        new UserRef(Platform.DISCORD, FakeDiscord.GUILD, ALICE.id()),
                        DiscordHarness.DRILL_CHANNEL,
                        Samples.QUESTION));
        String dm = h.discord.dmChannelOf(ALICE);
        String answer = h.discord.userPosts(dm, ALICE, "practice answer");
        FeedbackMessage feedback = Samples.feedback(dm, answer, ALICE, FeedbackMode.THREAD);

        h.adapter
                .chat()
                .sendFeedback(new FeedbackMessage(
                        feedback.channel(),
                        dm,
                        answer,
                        feedback.user(),
                        FeedbackMode.THREAD,
                        Samples.QUESTION,
                        feedback.score(),
                        0,
                        0,
                        false,
                        true,
                        false));

        FakeDiscord.Call reply = h.discord.awaitCall(
                c -> c.is("POST", "channels/" + dm + "/messages") && c.body().has("message_reference"));
        assertThat(reply.body().path("content").asText())
                .contains("Practice", "/100")
                .doesNotContain("Streak");
        h.discord.awaitCall("PUT", "channels/" + dm + "/messages/" + answer + "/reactions/.*/@me");
    }
}
