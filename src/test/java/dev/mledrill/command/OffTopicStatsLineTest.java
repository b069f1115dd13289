package dev.mledrill.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.leaderboard.FlaggedAnswers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OffTopicStatsLineTest {
    @Test
    @DisplayName("/drill stats tells the author how many of their answers were flagged off topic, beside near copies")
    void offTopicLine() {
        assertThat(PersonalReplies.flaggedLine(new FlaggedAnswers(0, 0, 2)))
                .isEqualTo(
                        "\n2 answers were flagged `off_topic` (written for another question) and kept only a fraction of the points.");
        assertThat(PersonalReplies.flaggedLine(new FlaggedAnswers(1, 0, 1)))
                .contains("`copied`")
                .contains("`off_topic`");
        assertThat(PersonalReplies.flaggedLine(new FlaggedAnswers(0, 0, 0))).isEmpty();
    }
}
