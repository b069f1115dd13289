package dev.mledrill.chat.slack;

import static dev.mledrill.chat.slack.SlackSamples.CHANNEL;
import static dev.mledrill.chat.slack.SlackSamples.CHANNEL_REF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mledrill.chat.Chat;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.CommandReply;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.PracticePost;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.chat.QuestionThread;
import dev.mledrill.chat.ThreadRead;
import dev.mledrill.chat.UserRef;
import dev.mledrill.chat.WrapUpMessage;
import dev.mledrill.question.Question;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link Chat} port on Slack: what the adapter sends to the Web API. */
class SlackChatTest {
    private static final String THREAD = "1764000000.000100";
    private static final String ANSWER = "1764000000.000200";
    private final ObjectMapper json = new ObjectMapper();
    private SlackHarness slack;
    private FakeSlack fake;
    private Chat chat;

    @BeforeEach
    void start() {
        slack = new SlackHarness(new RecordingSink(), command -> new CommandReply("unused"));
        fake = slack.fake;
        chat = slack.adapter.chat();
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    private QuestionPost questionPost(ZonedDateTime closes) {
        return new QuestionPost(CHANNEL_REF, SlackSamples.question(), LocalDate.of(2026, 11, 24), closes);
    }

    @Test
    @DisplayName("a question is posted with Block Kit and its ts becomes the message and thread id")
    void postsQuestionWithBlocks() throws Exception {
        // given a channel whose feedback goes to the thread
        slack.channelSettings.set(SlackSamples.settings(FeedbackMode.THREAD, List.of()));
        ZonedDateTime closes = ZonedDateTime.of(2026, 11, 24, 17, 0, 0, 0, SlackSamples.BERLIN);

        // when
        PostedMessage posted = chat.postQuestion(questionPost(closes));

        // then
        FakeSlack.ApiCall call = fake.awaitCall("chat.postMessage");
        assertThat(call.param("channel")).isEqualTo(CHANNEL);
        assertThat(posted.messageId()).isEqualTo(posted.threadId()).isNotBlank();
        JsonNode blocks = json.readTree(call.param("blocks"));
        assertThat(blocks.get(0).path("type").asText()).isEqualTo("header");
        assertThat(blocks.get(0).path("text").path("text").asText()).contains("quantization");
        assertThat(blocks.toString())
                .contains(
                        "110 ms per frame",
                        "*Category:* quantization",
                        "*Difficulty:* medium",
                        "*How to answer:*",
                        "posted as a reply in this thread",
                        "<!date^" + closes.toEpochSecond() + "^",
                        "Tue 24 Nov 17:00 CET");
        assertThat(call.param("text")).contains("quantization", "medium");
    }

    @Test
    @DisplayName(
            "the bot's question already in the channel is found in its history by its text; another question is not")
    void findsPostedQuestionInHistory() {
        // given the question posted, then someone else's message
        ZonedDateTime closes = ZonedDateTime.of(2026, 11, 24, 17, 0, 0, 0, SlackSamples.BERLIN);
        PostedMessage posted = chat.postQuestion(questionPost(closes));

        // when
        var found = chat.findQuestion(questionPost(closes));
        Question asked = SlackSamples.question();
        Question other = new Question(
                "q-other",
                asked.category(),
                asked.difficulty(),
                "A different prompt: " + asked.prompt(),
                asked.focus(),
                asked.keyPoints(),
                asked.modelAnswer(),
                asked.tags());
        var otherQuestion = chat.findQuestion(new QuestionPost(CHANNEL_REF, other, closes.toLocalDate(), closes));

        // then
        assertThat(found).contains(posted);
        assertThat(otherQuestion).isEmpty();
        assertThat(fake.calls("conversations.history"))
                .hasSize(2)
                .allSatisfy(call -> assertThat(call.param("channel")).isEqualTo(CHANNEL));
    }

    @Test
    @DisplayName("a rate-limited post waits for Retry-After and then succeeds")
    void rateLimitedPostIsRetried() {
        // given
        fake.rateLimitNext("chat.postMessage", 1);

        // when
        PostedMessage posted =
                chat.postQuestion(questionPost(ZonedDateTime.of(2026, 11, 24, 17, 0, 0, 0, SlackSamples.BERLIN)));

        // then
        List<FakeSlack.ApiCall> calls = fake.calls("chat.postMessage");
        assertThat(calls).hasSize(2);
        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(posted.messageId()).isNotBlank();
    }

    @Test
    @DisplayName("a Slack error on a post surfaces as SlackCallFailed naming the method and error")
    void slackErrorSurfaces() {
        // given
        fake.failNext("chat.postMessage", "not_in_channel");

        // when / then
        assertThatThrownBy(() -> chat.postQuestion(questionPost(ZonedDateTime.now(SlackSamples.BERLIN))))
                .isInstanceOf(SlackCallFailed.class)
                .hasMessage(
                        "Slack chat.postMessage failed: not_in_channel (invite the bot to the channel: /invite @mle-drill)");
    }

    @Test
    @DisplayName(
            "ephemeral feedback goes only to the answerer, in the question's thread, in mrkdwn, with a reaction on the answer")
    void ephemeralFeedback() {
        // when
        chat.sendFeedback(SlackSamples.feedback(FeedbackMode.EPHEMERAL, THREAD, ANSWER, "U1ANA"));

        // then
        FakeSlack.ApiCall told = fake.awaitCall("chat.postEphemeral");
        assertThat(told.param("channel")).isEqualTo(CHANNEL);
        assertThat(told.param("user")).isEqualTo("U1ANA");
        assertThat(told.param("thread_ts")).isEqualTo(THREAD);
        assertThat(told.param("text"))
                .startsWith("Feedback on your answer:\n*51/100 · good*")
                .contains(
                        "Technical depth",
                        "Product impact",
                        "Trust",
                        "• *Measured impact* 16/20  “from 110 ms to 82 ms”",
                        "*Red flags*",
                        "−5",
                        "*Tip* Say how far accuracy moved",
                        "Streak: 3 days (longest 5)")
                .doesNotContain("**");
        FakeSlack.ApiCall reaction = fake.awaitCall("reactions.add");
        assertThat(reaction.param("channel")).isEqualTo(CHANNEL);
        assertThat(reaction.param("timestamp")).isEqualTo(ANSWER);
        assertThat(reaction.param("name")).isEqualTo(SlackChat.ANSWER_REACTION);
        assertThat(fake.calls("chat.postMessage")).isEmpty();
    }

    @Test
    @DisplayName("ephemeral feedback for someone who has left the channel arrives as a DM instead")
    void ephemeralFallsBackToDm() {
        // given
        fake.failNext("chat.postEphemeral", "user_not_in_channel");

        // when
        chat.sendFeedback(SlackSamples.feedback(FeedbackMode.EPHEMERAL, THREAD, ANSWER, "U1ANA"));

        // then
        FakeSlack.ApiCall dm = fake.awaitCall("chat.postMessage");
        assertThat(dm.param("channel")).isEqualTo("DU1ANA");
        assertThat(dm.param("text")).startsWith("Feedback on your answer:");
        assertThat(fake.calls("reactions.add")).hasSize(1);
    }

    @Test
    @DisplayName("thread feedback is a reply in the question's thread that mentions the answerer")
    void threadFeedback() {
        // when
        chat.sendFeedback(SlackSamples.feedback(FeedbackMode.THREAD, THREAD, ANSWER, "U1ANA"));

        // then
        FakeSlack.ApiCall posted = fake.awaitCall("chat.postMessage");
        assertThat(posted.param("channel")).isEqualTo(CHANNEL);
        assertThat(posted.param("thread_ts")).isEqualTo(THREAD);
        assertThat(posted.param("text")).startsWith("<@U1ANA> Feedback on your answer:\n*51/100");
        assertThat(fake.calls("reactions.add")).hasSize(1);
    }

    @Test
    @DisplayName("DM feedback opens a direct conversation with the answerer and posts there")
    void dmFeedback() {
        // when
        chat.sendFeedback(SlackSamples.feedback(FeedbackMode.DM, THREAD, ANSWER, "U1ANA"));

        // then
        assertThat(fake.awaitCall("conversations.open").param("users")).isEqualTo("U1ANA");
        FakeSlack.ApiCall posted = fake.awaitCall("chat.postMessage");
        assertThat(posted.param("channel")).isEqualTo("DU1ANA");
        assertThat(posted.param("thread_ts")).isNull();
        assertThat(fake.awaitCall("reactions.add").param("channel")).isEqualTo(CHANNEL);
    }

    @Test
    @DisplayName("rescoring an answer that already has the reaction does not fail")
    void alreadyReactedIsFine() {
        // given
        fake.failNext("reactions.add", "already_reacted");

        // when
        chat.sendFeedback(SlackSamples.feedback(FeedbackMode.EPHEMERAL, THREAD, ANSWER, "U1ANA"));

        // then
        assertThat(fake.calls("reactions.add")).hasSize(1);
        assertThat(fake.calls("chat.postEphemeral")).hasSize(1);
    }

    @Test
    @DisplayName(
            "the wrap-up goes to the question's thread with counts, top scores, key points and the most-missed criterion")
    void wrapUp() throws Exception {
        // given
        WrapUpMessage wrapUp = new WrapUpMessage(
                CHANNEL_REF,
                THREAD,
                SlackSamples.question(),
                7,
                List.of(new WrapUpMessage.TopScore("Ana", 88), new WrapUpMessage.TopScore("Bo", 74.5)),
                "Quality kept against a baseline");

        // when
        chat.postWrapUp(wrapUp);

        // then
        FakeSlack.ApiCall posted = fake.awaitCall("chat.postMessage");
        assertThat(posted.param("thread_ts")).isEqualTo(THREAD);
        assertThat(posted.param("text")).isEqualTo("Wrap-up: 7 answers to quantization");
        assertThat(json.readTree(posted.param("blocks")).toString())
                .contains(
                        "*7 answers*",
                        "• Ana: 88",
                        "• Bo: 74.5",
                        "*Key points*",
                        "accuracy against the FP32 baseline",
                        "*A strong answer, in outline*",
                        "The model answer is illustrative",
                        "*Most missed by the team:* Quality kept against a baseline");
    }

    @Test
    @DisplayName("a wrap-up placed in the channel is a top-level message")
    void wrapUpInChannel() {
        // when
        chat.postWrapUp(new WrapUpMessage(CHANNEL_REF, null, SlackSamples.question(), 1, List.of(), ""));

        // then
        FakeSlack.ApiCall posted = fake.awaitCall("chat.postMessage");
        assertThat(posted.param("channel")).isEqualTo(CHANNEL);
        assertThat(posted.params()).doesNotContainKey("thread_ts");
        assertThat(posted.param("text")).isEqualTo("Wrap-up: 1 answer to quantization");
    }

    @Test
    @DisplayName("a practice question is sent as a DM and its ts is the practice thread")
    void practiceInDm() throws Exception {
        // when
        PostedMessage posted =
                chat.postPractice(new PracticePost(SlackSamples.user("U1ANA"), CHANNEL_REF, SlackSamples.question()));

        // then
        FakeSlack.ApiCall message = fake.awaitCall("chat.postMessage");
        assertThat(message.param("channel")).isEqualTo("DU1ANA");
        assertThat(posted.threadId()).isEqualTo(posted.messageId());
        assertThat(json.readTree(message.param("blocks")).toString())
                .contains("Practice: quantization", "never counts in leaderboards");
    }

    @Test
    @DisplayName("backfill reads every page of the thread's replies, oldest first, without the question or bot posts")
    void threadRepliesForBackfill() {
        // given
        fake.repliesPageSize(2);
        fake.addUser("U1ANA", "Ana", false);
        String first = fake.addThreadMessage(CHANNEL, THREAD, "U1ANA", null, "first answer");
        fake.addThreadMessage(CHANNEL, THREAD, "U0OTHERBOT", "B0OTHER", "a bot");
        String second = fake.addThreadMessage(CHANNEL, THREAD, "U2BO", null, "second answer");

        // when
        ThreadRead read = chat.readThread(QuestionThread.daily(CHANNEL_REF, THREAD));
        List<ChatEvent.AnswerPosted> replies = read.answers();

        // then
        assertThat(replies).extracting(ChatEvent.AnswerPosted::messageId).containsExactly(first, second);
        assertThat(replies.get(0).displayName()).isEqualTo("Ana");
        assertThat(replies.get(0).threadId()).isEqualTo(THREAD);
        assertThat(replies.get(0).eventId()).isEqualTo("replies:" + CHANNEL + ":" + first);
        assertThat(fake.calls("conversations.replies")).hasSize(2);
        assertThat(read.complete()).isTrue();
        assertThat(read.messageIds()).contains(THREAD, first, second).hasSize(4);
    }

    @Test
    @DisplayName("a reply Slack marks edited carries the edit, at its edit time, with an event id stable across reads")
    void editedReplyCarriesItsEdit() {
        // given
        String ts = fake.addThreadMessage(CHANNEL, THREAD, "U1ANA", null, "first answer");
        String editedTs = fake.editThreadMessage(CHANNEL, THREAD, ts, "the answer, edited");

        // when
        ThreadRead read = chat.readThread(QuestionThread.daily(CHANNEL_REF, THREAD));

        // then
        ChatEvent.AnswerEdited edit = read.replies().get(0).edit().orElseThrow();
        assertThat(edit.text()).isEqualTo("the answer, edited");
        assertThat(edit.messageId()).isEqualTo(ts);
        assertThat(edit.at()).isEqualTo(SlackTs.toInstant(editedTs, java.time.Instant.EPOCH));
        assertThat(edit.eventId())
                .isEqualTo(chat.readThread(QuestionThread.daily(CHANNEL_REF, THREAD))
                        .replies()
                        .get(0)
                        .edit()
                        .orElseThrow()
                        .eventId());
    }

    @Test
    @DisplayName("a practice thread is read in the person's DM with the bot")
    void practiceThreadReadInTheDm() {
        // given
        fake.addThreadMessage("DU1ANA", THREAD, "U1ANA", null, "practice answer");
        UserRef ana = new UserRef(Platform.SLACK, FakeSlack.TEAM, "U1ANA");

        // when
        ThreadRead read = chat.readThread(new QuestionThread(CHANNEL_REF, THREAD, THREAD, Optional.of(ana)));

        // then
        assertThat(read.answers()).singleElement().satisfies(answer -> {
            assertThat(answer.channel().id()).isEqualTo("DU1ANA");
            assertThat(answer.text()).isEqualTo("practice answer");
        });
        assertThat(fake.calls("conversations.replies").get(0).param("channel")).isEqualTo("DU1ANA");
    }
}
