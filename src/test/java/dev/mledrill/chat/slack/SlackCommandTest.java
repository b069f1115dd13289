package dev.mledrill.chat.slack;

import static dev.mledrill.chat.slack.SlackSamples.CHANNEL;
import static dev.mledrill.chat.slack.SlackSamples.CHANNEL_REF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.CommandReply;
import dev.mledrill.chat.FeedbackMode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /drill} through Bolt's Socket Mode client: text to the handler, reply in the acknowledgement. */
class SlackCommandTest {
    private static final Set<String> ADMIN_ONLY = Set.of("schedule", "pause", "resume");
    private final List<ChatEvent.CommandInvoked> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch slowRelease = new CountDownLatch(1);
    private SlackHarness slack;
    private FakeSlack fake;

    @BeforeEach
    void start() {
        slack = new SlackHarness(new RecordingSink(), this::handle);
        fake = slack.fake;
    }

    @AfterEach
    void stop() {
        slowRelease.countDown();
        slack.close();
    }

    /** Answers like the core's handler: admin commands need the admin flag. */
    private CommandReply handle(ChatEvent.CommandInvoked command) {
        received.add(command);
        String verb = command.text().isBlank() ? "help" : command.text().split("\\s+")[0];
        if (verb.equals("slow")) {
            try {
                slowRelease.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (ADMIN_ONLY.contains(verb) && !command.admin()) {
            return new CommandReply("**Only admins** can run `/drill " + verb + "`.");
        }
        return new CommandReply(
                "**" + verb + "** for " + command.displayName() + ": [rubric](https://example.org/r) <3");
    }

    private JsonNode ackPayload(String envelopeId) {
        return fake.awaitAck(envelopeId).path("payload");
    }

    @ParameterizedTest(name = "/drill {0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "today;today", "leaderboard week;leaderboard week", "leaderboard month;leaderboard month",
                        "leaderboard all;leaderboard all",
                "streak;streak", "streak <@U2BO|bo>;streak <@U2BO>", "stats;stats", "rubric;rubric",
                "practice quantization;practice quantization", "help;help", "  ;''", "dance;dance"
            })
    @DisplayName("each /drill command reaches the handler and its reply comes back privately in mrkdwn")
    void everyCommandIsAnswered(String typed, String expected) {
        // given
        fake.addUser("U1ANA", "Ana", false);

        // when
        String envelope = fake.slashCommand(CHANNEL, "U1ANA", typed == null ? "" : typed);

        // then
        JsonNode payload = ackPayload(envelope);
        assertThat(payload.path("response_type").asText()).isEqualTo("ephemeral");
        String verb = expected.isEmpty() ? "help" : expected.split(" ")[0];
        assertThat(payload.path("text").asText())
                .isEqualTo("*" + verb + "* for Ana: <https://example.org/r|rubric> &lt;3");
        assertThat(received).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo(expected);
            assertThat(c.channel()).isEqualTo(CHANNEL_REF);
            assertThat(c.user()).isEqualTo(SlackSamples.user("U1ANA"));
            assertThat(c.eventId()).startsWith("command:");
            assertThat(c.admin()).isFalse();
        });
    }

    @Test
    @DisplayName("a member who is not an admin is refused an admin command")
    void nonAdminIsRefused() {
        // given
        fake.addUser("U1ANA", "Ana", false);

        // when
        String envelope = fake.slashCommand(CHANNEL, "U1ANA", "pause");

        // then
        assertThat(ackPayload(envelope).path("text").asText()).isEqualTo("*Only admins* can run `/drill pause`.");
        assertThat(received)
                .singleElement()
                .satisfies(c -> assertThat(c.admin()).isFalse());
    }

    @Test
    @DisplayName("a workspace admin may run admin commands")
    void workspaceAdminIsAdmin() {
        // given
        fake.addUser("U9BOSS", "Boss", true);

        // when
        String envelope = fake.slashCommand(CHANNEL, "U9BOSS", "schedule");

        // then
        assertThat(ackPayload(envelope).path("text").asText()).startsWith("*schedule* for Boss");
        assertThat(received)
                .singleElement()
                .satisfies(c -> assertThat(c.admin()).isTrue());
    }

    @Test
    @DisplayName("a member listed as the channel's admin may run admin commands")
    void configuredAdminIsAdmin() {
        // given
        fake.addUser("U3CAL", "Cal", false);
        slack.channelSettings.set(SlackSamples.settings(FeedbackMode.EPHEMERAL, List.of("U3CAL")));

        // when
        String envelope = fake.slashCommand(CHANNEL, "U3CAL", "resume");

        // then
        assertThat(ackPayload(envelope).path("text").asText()).startsWith("*resume* for Cal");
        assertThat(received)
                .singleElement()
                .satisfies(c -> assertThat(c.admin()).isTrue());
    }

    @Test
    @DisplayName(
            "a reply not ready within Slack's limit is acknowledged at once and delivered through the response URL")
    void slowReplyGoesThroughResponseUrl() {
        // when
        String envelope = fake.slashCommand(CHANNEL, "U1ANA", "slow");

        // then
        JsonNode ack = fake.awaitAck(envelope);
        assertThat(ack.path("payload").path("text").asText()).isEqualTo("Working on it…");
        slowRelease.countDown();
        FakeSlack.ApiCall late = fake.awaitCall("response_url");
        assertThat(late.param("json")).contains("\"response_type\":\"ephemeral\"", "*slow* for");
        assertThat(SlackCommandListener.REPLY_BUDGET).isLessThan(Duration.ofSeconds(3));
    }
}
