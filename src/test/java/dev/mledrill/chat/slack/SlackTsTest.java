package dev.mledrill.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlackTsTest {

    @Test
    @DisplayName("a Slack ts is seconds and microseconds since the epoch")
    void toInstant() {
        assertThat(SlackTs.toInstant("1764000000.000100", Instant.EPOCH)).isEqualTo(Instant.parse("2025-11-24T16:00:00.000100Z"));
    }

    @Test
    @DisplayName("a missing or malformed ts falls back to the given time")
    void fallback() {
        Instant now = Instant.parse("2026-11-24T08:00:00Z");
        assertThat(SlackTs.toInstant(null, now)).isEqualTo(now);
        assertThat(SlackTs.toInstant("yesterday", now)).isEqualTo(now);
    }

    @Test
    @DisplayName("only a message whose thread_ts differs from its ts is a reply")
    void isReply() {
        assertThat(SlackTs.isReply("2.0", "1.0")).isTrue();
        assertThat(SlackTs.isReply("1.0", "1.0")).isFalse();
        assertThat(SlackTs.isReply("1.0", null)).isFalse();
    }
}
