package dev.mledrill.chat.discord;

import dev.mledrill.chat.PostedMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the end-to-end tests: a started adapter against a fresh fake Discord per test. */
abstract class FakeDiscordTest {
    DiscordHarness h;

    @BeforeEach
    void startAdapter() throws Exception {
        h = new DiscordHarness();
    }

    @AfterEach
    void stopAdapter() {
        h.close();
    }

    /** Posts today's question in the drill channel; its thread is where answers go. */
    PostedMessage postToday() {
        return h.postToday();
    }
}
