package dev.mledrill.chat.slack;

import static dev.mledrill.chat.slack.SlackSamples.CHANNEL;
import static dev.mledrill.chat.slack.SlackSamples.CHANNEL_REF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.CommandReply;
import dev.mledrill.chat.Receipt;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Slack adapter through Bolt's real Socket Mode client against {@link FakeSlack}, with a recording sink. */
class SlackAdapterTest {
    private final RecordingSink sink = new RecordingSink();
    private SlackHarness slack;
    private FakeSlack fake;

    @BeforeEach
    void start() {
        slack = new SlackHarness(sink, command -> new CommandReply("unused"));
        fake = slack.fake;
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    @DisplayName(
            "a threaded reply is handed to the sink with its event id, thread, ts, user and name (once looked up), then acknowledged")
    void threadedReplyReachesSink() {
        // given: Ana answered before, so her name has been looked up
        fake.addUser("U1ANA", "Ana", false);
        fake.awaitAck(fake.threadReply(CHANNEL, "1764000000.000050", "U1ANA", "an earlier answer")
                .envelopeId());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "Ana".equals(slack.learnedNames.get(SlackSamples.user("U1ANA"))));
        sink.clear();

        // when
        FakeSlack.Delivery delivery = fake.threadReply(
                CHANNEL, "1764000000.000100", "U1ANA", "Shutter lag went from 110 ms to 82 ms &amp; accuracy held");

        // then
        fake.awaitAck(delivery.envelopeId());
        List<ChatEvent.AnswerPosted> answers = sink.stored(ChatEvent.AnswerPosted.class);
        assertThat(answers).singleElement().satisfies(a -> {
            assertThat(a.eventId()).isEqualTo(delivery.eventId());
            assertThat(a.channel()).isEqualTo(CHANNEL_REF);
            assertThat(a.threadId()).isEqualTo("1764000000.000100");
            assertThat(a.messageId()).isEqualTo(delivery.ts());
            assertThat(a.user()).isEqualTo(SlackSamples.user("U1ANA"));
            assertThat(a.displayName()).isEqualTo("Ana");
            assertThat(a.text()).isEqualTo("Shutter lag went from 110 ms to 82 ms & accuracy held");
        });
    }

    @Test
    @DisplayName(
            "an event type the bot has no handler for (reaction_added, app_mention) is acknowledged, so Slack does not redeliver it")
    void eventWithoutHandlerIsAcknowledged() {
        com.fasterxml.jackson.databind.node.ObjectNode reaction = new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode()
                .put("type", "reaction_added")
                .put("user", "U1ANA")
                .put("reaction", "tada")
                .put("event_ts", fake.nextTs());
        reaction.putObject("item")
                .put("type", "message")
                .put("channel", CHANNEL)
                .put("ts", "1764000000.000100");
        com.fasterxml.jackson.databind.node.ObjectNode mention = new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode()
                .put("type", "app_mention")
                .put("user", "U1ANA")
                .put("text", "<@UBOT> hi")
                .put("channel", CHANNEL)
                .put("ts", fake.nextTs())
                .put("event_ts", fake.nextTs());

        FakeSlack.Delivery first = fake.sendEvent(reaction, 0, null);
        FakeSlack.Delivery second = fake.sendEvent(mention, 0, null);

        fake.awaitAck(first.envelopeId());
        fake.awaitAck(second.envelopeId());
        assertThat(sink.stored(ChatEvent.AnswerPosted.class)).isEmpty();
    }

    @Test
    @DisplayName("the envelope is acknowledged only after the sink has stored the answer")
    void acknowledgesAfterStoring() throws Exception {
        // given a sink that holds the handler until released
        CountDownLatch release = new CountDownLatch(1);
        sink.answerWith(e -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            return null;
        });

        // when
        FakeSlack.Delivery delivery = fake.threadReply(CHANNEL, "1764000000.000100", "U1ANA", "an answer");

        // then
        await().until(() -> !sink.received.isEmpty());
        assertThat(fake.acked(delivery.envelopeId())).isFalse();
        release.countDown();
        fake.awaitAck(delivery.envelopeId());
        assertThat(sink.stored).hasSize(1);
    }

    @Test
    @DisplayName(
            "when the sink cannot store an answer the envelope stays unacknowledged, and Slack's redelivery is stored")
    void failedStoreIsNotAcknowledged() {
        // given a sink whose database is down for the first delivery
        sink.answerWith(e -> {
            if (sink.received.size() == 1) {
                throw new IllegalStateException("database unavailable");
            }
            return null;
        });
        var event = fake.message(CHANNEL, fake.nextTs(), "my answer")
                .put("user", "U1ANA")
                .put("thread_ts", "1764000000.000100");

        // when
        FakeSlack.Delivery first = fake.sendEvent(event, 0, null);

        // then
        await().until(() -> sink.received.size() == 1);
        await().during(Duration.ofMillis(500)).until(() -> !fake.acked(first.envelopeId()));
        FakeSlack.Delivery again = fake.redeliver(first, event, 1);
        fake.awaitAck(again.envelopeId());
        assertThat(sink.stored)
                .singleElement()
                .satisfies(e -> assertThat(e.eventId()).isEqualTo(first.eventId()));
    }

    @Test
    @DisplayName(
            "after Slack asks the client to reconnect, answers keep arriving on the new connection, and the reconnect is reported")
    void survivesReconnect() {
        // given
        int opened = fake.calls("apps.connections.open").size();

        // when
        fake.requestReconnect();
        FakeSlack.Delivery delivery = fake.threadReply(CHANNEL, "1764000000.000100", "U1ANA", "after the reconnect");

        // then
        fake.awaitAck(delivery.envelopeId());
        assertThat(fake.calls("apps.connections.open").size()).isGreaterThan(opened);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(slack.reconnects).hasValue(1));
        assertThat(sink.stored(ChatEvent.AnswerPosted.class))
                .singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo("after the reconnect"));
    }

    @Test
    @DisplayName("a rate-limited name look-up does not hold the answer: it is stored without a name and acknowledged")
    void rateLimitedLookupDoesNotDelayAnswer() {
        // given
        fake.rateLimitNext("users.info", 30);

        // when
        FakeSlack.Delivery delivery = fake.threadReply(CHANNEL, "1764000000.000100", "U1ANA", "an answer");

        // then
        fake.awaitAck(delivery.envelopeId());
        assertThat(sink.stored(ChatEvent.AnswerPosted.class))
                .singleElement()
                .satisfies(a -> assertThat(a.displayName()).isNull());
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(fake.calls("users.info")).hasSize(1));
    }

    @Test
    @DisplayName("a reply also sent to the channel (thread_broadcast) is still an answer")
    void broadcastReplyIsAnAnswer() {
        // given
        String ts = fake.nextTs();
        var event = fake.message(CHANNEL, ts, "broadcast answer")
                .put("subtype", "thread_broadcast")
                .put("user", "U1ANA")
                .put("thread_ts", "1764000000.000100");

        // when
        FakeSlack.Delivery delivery = fake.sendEvent(event, 0, null);

        // then
        fake.awaitAck(delivery.envelopeId());
        assertThat(sink.stored(ChatEvent.AnswerPosted.class)).singleElement().satisfies(a -> {
            assertThat(a.messageId()).isEqualTo(ts);
            assertThat(a.text()).isEqualTo("broadcast answer");
        });
    }

    @Test
    @DisplayName(
            "a message typed in the bot's DM outside any thread, which the core takes for no follow-up's reply, gets a hint to reply in the practice question's thread")
    void topLevelDirectMessageGetsHint() {
        // given: the core ignores it, as it does when no follow-up probe waits in that DM
        sink.answerWith(e -> new Receipt.Ignored("no probe waits in this DM"));
        var typed = fake.message("DU1ANA", fake.nextTs(), "my practice answer").put("user", "U1ANA");

        // when
        FakeSlack.Delivery delivery = fake.sendEvent(typed, 0, null);

        // then
        fake.awaitAck(delivery.envelopeId());
        FakeSlack.ApiCall hint = fake.awaitCall("chat.postMessage");
        assertThat(hint.param("channel")).isEqualTo("DU1ANA");
        assertThat(hint.param("text")).contains("reply in its thread");
        assertThat(sink.received)
                .singleElement()
                .isInstanceOfSatisfying(
                        ChatEvent.AnswerPosted.class,
                        p -> assertThat(p.direct()).contains(new ChatEvent.Direct("DU1ANA", null)));
    }

    @Test
    @DisplayName(
            "bot messages, thread parents, top-level chatter and join notices are acknowledged but not handed over")
    void ignoresNonAnswers() {
        // given
        var fromBot = fake.message(CHANNEL, fake.nextTs(), "I am a bot")
                .put("bot_id", "B0OTHER")
                .put("user", "U0OTHERBOT")
                .put("thread_ts", "1764000000.000100");
        var parent = fake.message(CHANNEL, "1764000000.000100", "parent")
                .put("user", "U1ANA")
                .put("thread_ts", "1764000000.000100");
        var topLevel = fake.message(CHANNEL, fake.nextTs(), "lunch?").put("user", "U1ANA");
        var join = fake.message(CHANNEL, fake.nextTs(), "<@U1ANA> has joined")
                .put("user", "U1ANA")
                .put("subtype", "channel_join");
        var botMessage = fake.message(CHANNEL, fake.nextTs(), "legacy bot")
                .put("subtype", "bot_message")
                .put("bot_id", "B0OTHER")
                .put("thread_ts", "1764000000.000100");

        // when
        List<String> envelopes = List.of(fromBot, parent, topLevel, join, botMessage).stream()
                .map(e -> fake.sendEvent(e, 0, null).envelopeId())
                .toList();

        // then
        envelopes.forEach(fake::awaitAck);
        assertThat(sink.received).isEmpty();
    }

    @Test
    @DisplayName("an edited answer is handed over as AnswerEdited; an edit that keeps the text is not")
    void editsAreHandedOver() {
        // given
        FakeSlack.Delivery answer = fake.threadReply(CHANNEL, "1764000000.000100", "U1ANA", "first draft");
        fake.awaitAck(answer.envelopeId());

        // when
        FakeSlack.Delivery edit =
                fake.edit(CHANNEL, "1764000000.000100", answer.ts(), "U1ANA", "first draft", "better draft");
        FakeSlack.Delivery unfurl =
                fake.edit(CHANNEL, "1764000000.000100", answer.ts(), "U1ANA", "better draft", "better draft");

        // then
        fake.awaitAck(edit.envelopeId());
        fake.awaitAck(unfurl.envelopeId());
        assertThat(sink.stored(ChatEvent.AnswerEdited.class)).singleElement().satisfies(e -> {
            assertThat(e.eventId()).isEqualTo(edit.eventId());
            assertThat(e.messageId()).isEqualTo(answer.ts());
            assertThat(e.threadId()).isEqualTo("1764000000.000100");
            assertThat(e.user()).isEqualTo(SlackSamples.user("U1ANA"));
            assertThat(e.text()).isEqualTo("better draft");
        });
    }

    @Test
    @DisplayName("a deleted answer is handed over as AnswerDeleted with the deleted message's ts")
    void deletionsAreHandedOver() {
        // given
        FakeSlack.Delivery answer = fake.threadReply(CHANNEL, "1764000000.000100", "U1ANA", "to be withdrawn");
        fake.awaitAck(answer.envelopeId());

        // when
        FakeSlack.Delivery deletion =
                fake.delete(CHANNEL, "1764000000.000100", answer.ts(), "U1ANA", "to be withdrawn");

        // then
        fake.awaitAck(deletion.envelopeId());
        assertThat(sink.stored(ChatEvent.AnswerDeleted.class)).singleElement().satisfies(d -> {
            assertThat(d.messageId()).isEqualTo(answer.ts());
            assertThat(d.channel()).isEqualTo(CHANNEL_REF);
        });
    }

    @Test
    @DisplayName(
            "a redelivered envelope carries the same event id, so the sink stores it once and both are acknowledged")
    void redeliveryKeepsEventId() {
        // given
        String ts = fake.nextTs();
        var event = fake.message(CHANNEL, ts, "my answer").put("user", "U1ANA").put("thread_ts", "1764000000.000100");
        FakeSlack.Delivery first = fake.sendEvent(event, 0, null);
        fake.awaitAck(first.envelopeId());

        // when
        FakeSlack.Delivery again = fake.redeliver(first, event, 1);

        // then
        fake.awaitAck(again.envelopeId());
        assertThat(sink.received)
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.eventId()).isEqualTo(first.eventId()));
        assertThat(sink.stored).hasSize(1);
    }

    @Test
    @DisplayName("an empty answer is refused and its author is told privately in the thread")
    void emptyAnswerIsExplainedPrivately() {
        // when
        FakeSlack.Delivery delivery = fake.threadReply(CHANNEL, "1764000000.000100", "U1ANA", "   ");

        // then
        fake.awaitAck(delivery.envelopeId());
        FakeSlack.ApiCall told = fake.awaitCall("chat.postEphemeral");
        assertThat(told.param("channel")).isEqualTo(CHANNEL);
        assertThat(told.param("user")).isEqualTo("U1ANA");
        assertThat(told.param("thread_ts")).isEqualTo("1764000000.000100");
        assertThat(told.param("text")).contains("Your answer is empty");
        assertThat(sink.stored).isEmpty();
    }

    @Test
    @DisplayName("a 40,000-character answer reaches the sink whole")
    void longAnswerArrivesWhole() {
        // given
        String text =
                "Latency fell from 110 ms to 82 ms on a Pixel 7. ".repeat(900).substring(0, 40_000);

        // when
        FakeSlack.Delivery delivery = fake.threadReply(CHANNEL, "1764000000.000100", "U1ANA", text);

        // then
        fake.awaitAck(delivery.envelopeId());
        assertThat(sink.stored(ChatEvent.AnswerPosted.class))
                .singleElement()
                .satisfies(a -> assertThat(a.text()).hasSize(40_000).isEqualTo(text));
    }

    @Test
    @DisplayName("an answer full of emoji and zero-width characters reaches the sink unchanged")
    void emojiAndZeroWidthArriveUnchanged() {
        // given
        String text = "🚀📱\u200B\u200C\u200D👩‍💻 INT8 ⚡️ 110ms→82ms \uFEFF🔋".repeat(50);

        // when
        FakeSlack.Delivery delivery = fake.threadReply(CHANNEL, "1764000000.000100", "U1ANA", text);

        // then
        fake.awaitAck(delivery.envelopeId());
        assertThat(sink.stored(ChatEvent.AnswerPosted.class))
                .singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo(text));
    }

    @Test
    @DisplayName("the sink's receipt for a plain answer is not echoed to Slack")
    void storedAnswerPostsNothing() {
        // when
        FakeSlack.Delivery delivery = fake.threadReply(CHANNEL, "1764000000.000100", "U1ANA", "an answer");

        // then
        fake.awaitAck(delivery.envelopeId());
        assertThat(sink.stored).hasSize(1);
        assertThat(fake.calls("chat.postEphemeral")).isEmpty();
    }
}
