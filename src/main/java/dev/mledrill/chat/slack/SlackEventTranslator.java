package dev.mledrill.chat.slack;

import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Slack message events into the core's {@link ChatEvent}s. Only people's replies in a
 * thread are answers: bot messages, thread parents, top-level chatter and edits that leave the
 * text unchanged (link unfurls, reply counters) translate to nothing. In the bot's DM every
 * message of a person is handed over, marked {@link ChatEvent.Direct}: a top-level one can be a
 * follow-up probe's reply (its thread is then its own ts).
 */
final class SlackEventTranslator {
    private static final Pattern LABELLED_LINK = Pattern.compile("<((?:https?|mailto):[^|>\\s]+)\\|([^>]+)>");
    private static final Pattern BARE_LINK = Pattern.compile("<((?:https?|mailto):[^|>\\s]+)>");
    private static final Pattern CHANNEL = Pattern.compile("<#[A-Z0-9]+\\|([^>]+)>");
    private static final Pattern SPECIAL = Pattern.compile("<!(here|channel|everyone)(?:\\|[^>]*)?>");

    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{1,30}");

    private final Clock clock;

    SlackEventTranslator(Clock clock) {
        this.clock = clock;
    }

    /** The fields of a posted message, whichever Bolt event class carried it. */
    record Posted(String channel, String user, String botId, String text, String ts, String threadTs) {}

    Optional<ChatEvent.AnswerPosted> answerPosted(
            String eventId, String team, Posted m, Function<String, String> names) {
        boolean reply = SlackTs.isReply(m.ts(), m.threadTs());
        if (m.user() == null || m.botId() != null || m.channel() == null || !reply && !isDirect(m.channel())) {
            return Optional.empty();
        }
        Instant at = SlackTs.required(m.ts(), clock.instant());
        String thread = reply ? m.threadTs() : m.ts();
        SlackTs.required(thread, clock.instant());
        UserRef author = user(team, m.user());
        Optional<ChatEvent.Direct> direct = isDirect(m.channel())
                ? Optional.of(new ChatEvent.Direct(m.channel(), reply ? m.threadTs() : null))
                : Optional.empty();
        return Optional.of(new ChatEvent.AnswerPosted(
                eventId,
                channel(team, m.channel()),
                thread,
                m.ts(),
                author,
                names.apply(m.user()),
                text(m.text()),
                at,
                direct));
    }

    /** The bot's DM with a person (Slack's direct message channel ids start with D). */
    static boolean isDirect(String channel) {
        return channel != null && channel.startsWith("D");
    }

    Optional<ChatEvent.AnswerEdited> answerEdited(String eventId, String team, MessageChangedEvent e) {
        MessageChangedEvent.Message now = e.getMessage();
        if (now == null
                || now.getUser() == null
                || now.getBotId() != null
                || !SlackTs.isReply(now.getTs(), now.getThreadTs())) {
            return Optional.empty();
        }
        MessageChangedEvent.PreviousMessage before = e.getPreviousMessage();
        if (before != null
                && before.getMessage() != null
                && Objects.equals(before.getMessage().getText(), now.getText())) {
            return Optional.empty();
        }
        SlackTs.required(now.getTs(), clock.instant());
        return Optional.of(new ChatEvent.AnswerEdited(
                eventId,
                channel(team, e.getChannel()),
                now.getThreadTs(),
                now.getTs(),
                user(team, now.getUser()),
                text(now.getText()),
                SlackTs.toInstant(e.getEventTs(), clock.instant())));
    }

    Optional<ChatEvent.AnswerDeleted> answerDeleted(String eventId, String team, MessageDeletedEvent e) {
        MessageDeletedEvent.Message before = e.getPreviousMessage();
        if (e.getDeletedTs() == null || before != null && !SlackTs.isReply(before.getTs(), before.getThreadTs())) {
            return Optional.empty();
        }
        SlackTs.required(e.getDeletedTs(), clock.instant());
        return Optional.of(new ChatEvent.AnswerDeleted(
                eventId,
                channel(team, e.getChannel()),
                e.getDeletedTs(),
                SlackTs.toInstant(e.getEventTs(), clock.instant())));
    }

    static ChannelRef channel(String team, String channel) {
        return new ChannelRef(Platform.SLACK, team, channel);
    }

    /**
     * A Slack member id ({@code U...} or {@code W...}, capitals and digits). Bolt reads a JSON number or
     * boolean in {@code user} as its text, so "123" or "true" means the field was not a user id.
     */
    static UserRef user(String team, String user) {
        if (!USER_ID.matcher(user).matches()) {
            throw new MalformedEvent("the user field is not a Slack member id");
        }
        return new UserRef(Platform.SLACK, team, user);
    }

    /**
     * The answer as its author wrote it: Slack's link markup becomes the visible text
     * ({@code <https://x.org|the paper>} → {@code the paper (https://x.org)}, {@code <#C1|general>}
     * → {@code #general}), and {@code &amp; &lt; &gt;} are decoded. User mentions stay {@code <@U123>}.
     */
    static String text(String slackText) {
        if (slackText == null) {
            return "";
        }
        String s = LABELLED_LINK
                .matcher(slackText)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(2) + " (" + m.group(1) + ")"));
        s = BARE_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = CHANNEL.matcher(s).replaceAll(m -> Matcher.quoteReplacement("#" + m.group(1)));
        s = SPECIAL.matcher(s).replaceAll(m -> Matcher.quoteReplacement("@" + m.group(1)));
        return SlackMrkdwn.unescape(s);
    }
}
