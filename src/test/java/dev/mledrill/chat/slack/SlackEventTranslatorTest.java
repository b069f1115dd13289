package dev.mledrill.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackEventTranslatorTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiterString = " => ",
            value = {
                "see <https://arxiv.org/abs/1712.05877|the INT8 paper> => see the INT8 paper (https://arxiv.org/abs/1712.05877)",
                "see <https://example.org/a?b=1&amp;c=2> => see https://example.org/a?b=1&c=2",
                "posted in <#C0DRILLS|ml-drills> => posted in #ml-drills",
                "<!here> latency &lt; 100 ms &amp; battery &gt; 1 day => @here latency < 100 ms & battery > 1 day",
                "thanks <@U1ANA> => thanks <@U1ANA>",
            })
    @DisplayName("Slack's message markup becomes the text its author saw")
    void answerText(String slack, String plain) {
        assertThat(SlackEventTranslator.text(slack)).isEqualTo(plain);
    }
}
