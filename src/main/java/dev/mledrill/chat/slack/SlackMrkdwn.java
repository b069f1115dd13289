package dev.mledrill.chat.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the core's Markdown to Slack mrkdwn: {@code **bold**} → {@code *bold*},
 * {@code *italic*} → {@code _italic_}, {@code ~~strike~~} → {@code ~strike~},
 * {@code [text](url)} → {@code <url|text>}, headings → bold lines, list dashes → bullets.
 * {@code &}, {@code <} and {@code >} are escaped as Slack requires, except in mentions
 * ({@code <@U123>}, {@code <#C123>}); code spans and blocks are kept as they are.
 */
final class SlackMrkdwn {
    private static final Pattern CODE = Pattern.compile("```[\\s\\S]*?```|`[^`\\n]+`");
    private static final Pattern MENTION = Pattern.compile("<([@#!][A-Za-z0-9^|._-]+)>");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)]\\((https?://[^)\\s]+)\\)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*|__(\\S(?:.*?\\S)?)__");
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])\\*(\\S(?:[^*\\n]*?\\S)?)\\*(?![*\\w])");
    private static final Pattern STRIKE = Pattern.compile("~~(\\S(?:.*?\\S)?)~~");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*$");
    private static final Pattern BULLET = Pattern.compile("(?m)^(\\s*)[-*+]\\s+");
    private static final char BOLD_MARK = '\u0001';
    private static final char OPEN_MARK = '\u0002';
    private static final char CLOSE_MARK = '\u0003';

    private SlackMrkdwn() {}

    static String fromMarkdown(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        Matcher code = CODE.matcher(markdown);
        int last = 0;
        while (code.find()) {
            out.append(convertProse(markdown.substring(last, code.start())));
            out.append(escape(code.group()));
            last = code.end();
        }
        out.append(convertProse(markdown.substring(last)));
        return out.toString();
    }

    private static String convertProse(String text) {
        String s = MENTION.matcher(text).replaceAll(m -> Matcher.quoteReplacement(OPEN_MARK + m.group(1) + CLOSE_MARK));
        s = escape(s);
        s = LINK.matcher(s)
                .replaceAll(m -> Matcher.quoteReplacement(OPEN_MARK + m.group(2) + "|" + m.group(1) + CLOSE_MARK));
        s = HEADING.matcher(s).replaceAll(m -> Matcher.quoteReplacement(BOLD_MARK + m.group(1) + BOLD_MARK));
        s = BOLD.matcher(s)
                .replaceAll(m -> Matcher.quoteReplacement(
                        BOLD_MARK + (m.group(1) != null ? m.group(1) : m.group(2)) + BOLD_MARK));
        s = BULLET.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "• "));
        s = ITALIC.matcher(s).replaceAll(m -> Matcher.quoteReplacement("_" + m.group(1) + "_"));
        s = STRIKE.matcher(s).replaceAll(m -> Matcher.quoteReplacement("~" + m.group(1) + "~"));
        return s.replace(BOLD_MARK, '*').replace(OPEN_MARK, '<').replace(CLOSE_MARK, '>');
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Slack escapes {@code & < >} in message text; answers are scored on what the user typed. */
    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
