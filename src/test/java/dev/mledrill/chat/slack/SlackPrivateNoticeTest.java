package dev.mledrill.chat.slack;

import static dev.mledrill.chat.slack.SlackSamples.CHANNEL;
import static dev.mledrill.chat.slack.SlackSamples.CHANNEL_REF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.chat.CommandReply;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.PrivateNotice;
import dev.mledrill.chat.UserRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The near-copy notice on Slack, through the real Slack client against the fake Web API: only the author sees it. */
class SlackPrivateNoticeTest {
    private static final String THREAD = "1764000000.000100";
    private static final String ANSWER = "1764000000.000200";
    private static final UserRef ANA = new UserRef(Platform.SLACK, FakeSlack.TEAM, "U1ANA");
    private static final String TEXT = "**Not counted (copied):** it is nearly the same text as an earlier answer.";
    private SlackHarness slack;

    @BeforeEach
    void start() {
        slack = new SlackHarness(new RecordingSink(), command -> new CommandReply("unused"));
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    @DisplayName(
            "the notice is an ephemeral message to the author in the answer's thread, in mrkdwn, and nothing public")
    void ephemeralInThread() {
        slack.adapter.chat().sendPrivateNotice(new PrivateNotice(CHANNEL_REF, THREAD, ANSWER, ANA, false, TEXT));

        FakeSlack.ApiCall told = slack.fake.awaitCall("chat.postEphemeral");
        assertThat(told.param("channel")).isEqualTo(CHANNEL);
        assertThat(told.param("user")).isEqualTo("U1ANA");
        assertThat(told.param("thread_ts")).isEqualTo(THREAD);
        assertThat(told.param("text")).startsWith("*Not counted (copied):*").doesNotContain("**");
        assertThat(slack.fake.calls("chat.postMessage")).isEmpty();
    }

    @Test
    @DisplayName("an author who has left the channel gets the notice as a DM")
    void directMessageWhenNotInChannel() {
        slack.fake.failNext("chat.postEphemeral", "user_not_in_channel");

        slack.adapter.chat().sendPrivateNotice(new PrivateNotice(CHANNEL_REF, THREAD, ANSWER, ANA, false, TEXT));

        FakeSlack.ApiCall dm = slack.fake.awaitCall("chat.postMessage");
        assertThat(dm.param("channel")).isEqualTo("DU1ANA");
        assertThat(dm.param("text")).contains("Not counted (copied)");
    }
}
