package dev.mledrill.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackMrkdwnTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiterString = " => ",
            quoteCharacter = '"',
            value = {
                "**bold** => *bold*",
                "__bold__ => *bold*",
                "*italic* word => _italic_ word",
                "**bold** and *italic* => *bold* and _italic_",
                "~~gone~~ => ~gone~",
                "[the rubric](https://example.org/r?a=1&b=2) => <https://example.org/r?a=1&amp;b=2|the rubric>",
                "# Title => *Title*",
                "- first => • first",
                "  * nested =>   • nested",
                "5 < 7 & 9 > 8 => 5 &lt; 7 &amp; 9 &gt; 8",
                "hi <@U123> in <#C42> => hi <@U123> in <#C42>",
                "`**not bold**` => `**not bold**`",
                "2 * 3 * 4 => 2 * 3 * 4",
            })
    @DisplayName("Markdown converts to Slack mrkdwn")
    void converts(String markdown, String mrkdwn) {
        assertThat(SlackMrkdwn.fromMarkdown(markdown)).isEqualTo(mrkdwn);
    }

    @Test
    @DisplayName("code blocks keep their content but are escaped, and the text around them is converted")
    void codeBlocks() {
        assertThat(SlackMrkdwn.fromMarkdown("**a**\n```\nx < 1 **y**\n```\n**b**"))
                .isEqualTo("*a*\n```\nx &lt; 1 **y**\n```\n*b*");
    }

    @Test
    @DisplayName("Slack's escaped message text is decoded back to what the user typed")
    void unescapes() {
        assertThat(SlackMrkdwn.unescape("a &lt;1% drop &amp; &gt;2x")).isEqualTo("a <1% drop & >2x");
    }
}
