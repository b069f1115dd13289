package dev.mledrill.chat.slack;

import static dev.mledrill.chat.slack.SlackSamples.CHANNEL;
import static dev.mledrill.chat.slack.SlackSamples.CHANNEL_REF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.drill.ChannelSettings;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /drill} end to end: Bolt's client, {@link FakeSlack}, and the real command handler and drill service on H2. */
class SlackCommandFlowTest {
    private final ChannelSettings settings = SlackSamples.settings(FeedbackMode.EPHEMERAL, List.of("U3CAL"));
    private RealCore core;
    private SlackHarness slack;
    private FakeSlack fake;

    @BeforeEach
    void start() {
        core = new RealCore(List.of(settings), List.of(SlackSamples.question()), SlackHarness.CLOCK);
        slack = new SlackHarness(core);
        slack.channelSettings.set(settings);
        core.chats.register(slack.adapter.chat());
        fake = slack.fake;
        fake.addUser("U1ANA", "Ana", false);
        fake.addUser("U9BOSS", "Boss", true);
    }

    @AfterEach
    void stop() throws InterruptedException {
        slack.close();
        core.close();
    }

    private String reply(String user, String text) {
        JsonNode payload = fake.awaitAck(fake.slashCommand(CHANNEL, user, text)).path("payload");
        assertThat(payload.path("response_type").asText()).isEqualTo("ephemeral");
        return payload.path("text").asText();
    }

    @ParameterizedTest(name = "/drill {0}")
    @ValueSource(
            strings = {
                "today",
                "leaderboard week",
                "leaderboard month",
                "leaderboard all",
                "streak",
                "streak <@U9BOSS|boss>",
                "stats",
                "rubric",
                "help",
                "",
                "dance"
            })
    @DisplayName("each /drill command gets a private answer from the real handler, in mrkdwn")
    void everyCommand(String text) {
        // when
        String answer = reply("U1ANA", text);

        // then
        assertThat(answer).isNotBlank().doesNotContain("**").doesNotContain("failed on our side");
    }

    @Test
    @DisplayName("/drill with no known subcommand answers with the help text")
    void unknownGetsHelp() {
        assertThat(reply("U1ANA", "dance")).isEqualTo(reply("U1ANA", "help"));
    }

    @Test
    @DisplayName("/drill streak @someone answers about the mentioned member, keeping the mention clickable")
    void streakOfMentionedMember() {
        assertThat(reply("U1ANA", "streak <@U9BOSS|boss>")).startsWith("*<@U9BOSS>'s streak: 0 drill days*");
    }

    @Test
    @DisplayName("a member who is not an admin is refused /drill pause and the channel keeps drilling")
    void nonAdminRefused() {
        // when
        String answer = reply("U1ANA", "pause");

        // then
        assertThat(answer).startsWith("Only workspace admins and this channel's drill admins can use `/drill pause`");
        assertThat(core.pauses.paused(CHANNEL_REF)).isFalse();
    }

    @Test
    @DisplayName("a workspace admin (users.info is_admin) can pause the channel")
    void workspaceAdminPauses() {
        // when
        String answer = reply("U9BOSS", "pause");

        // then
        assertThat(answer).doesNotStartWith("Only workspace admins");
        assertThat(core.pauses.paused(CHANNEL_REF)).isTrue();
    }

    @Test
    @DisplayName("a channel's configured admin can pause and resume it")
    void configuredAdminPausesAndResumes() {
        // when
        reply("U3CAL", "pause");
        boolean paused = core.pauses.paused(CHANNEL_REF);
        reply("U3CAL", "resume");

        // then
        assertThat(paused).isTrue();
        assertThat(core.pauses.paused(CHANNEL_REF)).isFalse();
    }

    @Test
    @DisplayName("/drill practice sends a question by DM; the answer in that DM thread is scored and fed back there")
    void practiceRoundTrip() {
        // when
        String answer = reply("U1ANA", "practice quantization");

        // then the practice question went to the user's DM
        assertThat(answer).isNotBlank();
        FakeSlack.ApiCall question = fake.awaitCall("chat.postMessage");
        assertThat(question.param("channel")).isEqualTo("DU1ANA");
        String practiceTs = fake.postedTs().get(0);

        // and when the user answers in that thread
        FakeSlack.Delivery reply = fake.threadReply(
                "DU1ANA",
                practiceTs,
                "U1ANA",
                "Shutter lag fell from 110 ms to 82 ms on a Pixel 7 after INT8, top-1 within 0.4 % of FP32.");

        // then it is stored as practice and the feedback is a reply in the DM thread
        fake.awaitAck(reply.envelopeId());
        await().until(() -> fake.calls("chat.postMessage").size() == 2);
        FakeSlack.ApiCall feedback = fake.calls("chat.postMessage").get(1);
        assertThat(feedback.param("channel")).isEqualTo("DU1ANA");
        assertThat(feedback.param("thread_ts")).isEqualTo(practiceTs);
        assertThat(feedback.param("text")).contains("practice: not counted in leaderboards");
        assertThat(core.count("select count(*) from answers where practice")).isEqualTo(1);
        assertThat(fake.awaitCall("reactions.add").param("timestamp")).isEqualTo(reply.ts());

        // and /drill practice without a category is aimed at where that answer lost points
        assertThat(reply("U1ANA", "practice"))
                .containsPattern("You (lose most points on|have answered every question that stresses) [a-z ]+");
    }
}
