package dev.mledrill.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mledrill.chat.CommandReply;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Starting the adapter with a wrong token fails at once with a message that says what to check. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SlackStartupTest {
    private final FakeSlack fake = FakeSlack.start();
    private final SlackAdapter adapter = new SlackAdapter(
            fake.settings(),
            new RecordingSink(),
            c -> new CommandReply("-"),
            channel -> Optional.empty(),
            SlackHarness.CLOCK);

    @AfterEach
    void stop() {
        adapter.close();
        fake.close();
    }

    @Test
    @DisplayName("a rejected app-level token stops start() with a message naming the tokens, never their values")
    void badAppToken() {
        // given
        fake.failNext("apps.connections.open", "invalid_auth");
        fake.failNext("apps.connections.open", "invalid_auth");

        // when / then
        assertThatThrownBy(adapter::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not connect to Slack")
                .hasMessageContaining("SLACK_APP_TOKEN")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("xapp-fake", "xoxb-fake"));
    }

    @Test
    @DisplayName("a rejected bot token stops start() too")
    void badBotToken() {
        // given
        fake.failNext("auth.test", "invalid_auth");

        // when / then
        assertThatThrownBy(adapter::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not connect to Slack")
                .hasMessageContaining("SLACK_BOT_TOKEN");
    }

    @Test
    @DisplayName("the adapter never shows its tokens in toString")
    void toStringHidesTokens() {
        assertThat(adapter.toString()).doesNotContain("fake-bot-token", "fake-app-token");
    }
}
