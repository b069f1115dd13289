package dev.mledrill.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mledrill.chat.Receipt;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.Headers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordStartupFailureTest {

    private static DiscordAdapter adapter(FakeDiscord discord) {
        return new DiscordAdapter(
                discord.settings(List.of()),
                e -> new Receipt.Ignored("test"),
                c -> new dev.mledrill.chat.CommandReply("ok"),
                ref -> Optional.empty(),
                DiscordHarness.CLOCK);
    }

    @Test
    @DisplayName("when the MESSAGE CONTENT intent is not enabled, start fails fast and says where to enable it")
    void disallowedIntent() throws Exception {
        try (FakeDiscord discord = new FakeDiscord();
                DiscordAdapter adapter = adapter(discord)) {
            discord.refusePrivilegedIntents();

            assertTimeoutPreemptively(
                    Duration.ofSeconds(30),
                    () -> assertThatThrownBy(adapter::start)
                            .hasMessageContaining("MESSAGE CONTENT")
                            .hasMessageContaining("developer portal"));
            assertThatThrownBy(adapter::chat).hasMessageContaining("not started");
        }
    }

    @Test
    @DisplayName("a token Discord rejects fails start with a clear message that does not contain the token")
    void rejectedToken() throws Exception {
        try (FakeDiscord discord = new FakeDiscord();
                DiscordAdapter adapter = adapter(discord)) {
            discord.failNext("GET", "users/@me", 401, Headers.of(), "{\"message\":\"401: Unauthorized\",\"code\":0}");

            assertTimeoutPreemptively(
                    Duration.ofSeconds(30),
                    () -> assertThatThrownBy(adapter::start)
                            .hasMessageContaining("DISCORD_TOKEN")
                            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("fake-bot-token")));
        }
    }
}
