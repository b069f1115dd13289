package dev.mledrill.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlackTsTest {

    @Test
    @DisplayName("a Slack ts is seconds and microseconds since the epoch")
    void toInstant() {
        assertThat(SlackTs.toInstant("1764000000.000100", Instant.EPOCH))
                .isEqualTo(Instant.parse("2025-11-24T16:00:00.000100Z"));
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

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "yesterday",
                "1764000000.x",
                "-1764000000.000100",
                "1e9",
                "99999999999.000001",
                "1764000000.0001000"
            })
    @DisplayName("an answer's ts must be a Slack timestamp: not empty, numeric, not negative, not in the future")
    void requiredRejects(String ts) {
        Instant now = Instant.parse("2026-11-24T08:00:00Z");
        assertThatThrownBy(() -> SlackTs.required(ts, now)).isInstanceOf(MalformedEvent.class);
        assertThat(SlackTs.required("1764000000.000100", now)).isEqualTo(Instant.parse("2025-11-24T16:00:00.000100Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "true", "u0alice", "", "U0ALICE\n"})
    @DisplayName("a reply whose user is not a Slack member id (a number or boolean Bolt read as text) is refused")
    void userMustBeMemberId(String user) {
        SlackEventTranslator translator =
                new SlackEventTranslator(Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC));
        var posted =
                new SlackEventTranslator.Posted("C1", user, null, "text", "1764000001.000100", "1764000000.000100");
        assertThatThrownBy(() -> translator.answerPosted("Ev1", "T1", posted, id -> id))
                .isInstanceOf(MalformedEvent.class);
    }
}
