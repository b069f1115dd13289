package dev.mledrill.chat.discord;

import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.QuestionPost;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
        return h.adapter.chat().postQuestion(new QuestionPost(DiscordHarness.DRILL_CHANNEL, Samples.QUESTION,
                LocalDate.parse("2026-11-24"), ZonedDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"))));
    }
}
