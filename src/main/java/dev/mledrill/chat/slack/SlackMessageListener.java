package dev.mledrill.chat.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.ChatEventSink;
import dev.mledrill.chat.LogIds;
import dev.mledrill.chat.Receipt;
import java.time.DateTimeException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands Slack message events to the core. Each handler stores through the sink and returns, so
 * Bolt acknowledges the envelope only once the answer is durable (a failure to store leaves it
 * unacked and Slack redelivers it; a malformed event is logged once and acknowledged). Scoring and feedback run later off this thread; a rejection (an empty
 * answer, say) is told to its author privately, also off this thread.
 */
final class SlackMessageListener {
    /** Message subtypes that are still a person's reply; every other subtype is auto-acknowledged and ignored. */
    static final Set<String> ANSWER_SUBTYPES = Set.of("thread_broadcast", "file_share");

    static final String DM_HINT = "To answer a practice question, reply in its thread (hover over the question and"
            + " choose *Reply in thread*). For a new question use `/drill practice [category]`.";
    private static final Logger LOG = LoggerFactory.getLogger(SlackMessageListener.class);

    private final ChatEventSink sink;
    private final SlackEventTranslator translator;
    private final SlackNameLookups names;
    private final SlackChat chat;
    private final Executor background;

    SlackMessageListener(
            ChatEventSink sink,
            SlackEventTranslator translator,
            SlackNameLookups names,
            SlackChat chat,
            Executor background) {
        this.sink = sink;
        this.translator = translator;
        this.names = names;
        this.chat = chat;
        this.background = background;
    }

    void register(App app) {
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent e = payload.getEvent();
            return handledPost(
                    payload,
                    ctx,
                    e.getTs(),
                    () -> new SlackEventTranslator.Posted(
                            e.getChannel(), e.getUser(), e.getBotId(), e.getText(), e.getTs(), e.getThreadTs()));
        });
        app.event(MessageThreadBroadcastEvent.class, (payload, ctx) -> {
            MessageThreadBroadcastEvent e = payload.getEvent();
            return handledPost(
                    payload,
                    ctx,
                    e.getTs(),
                    () -> new SlackEventTranslator.Posted(
                            e.getChannel(), e.getUser(), null, e.getText(), e.getTs(), e.getThreadTs()));
        });
        app.event(MessageFileShareEvent.class, (payload, ctx) -> {
            MessageFileShareEvent e = payload.getEvent();
            return handledPost(
                    payload,
                    ctx,
                    e.getTs(),
                    () -> new SlackEventTranslator.Posted(
                            e.getChannel(), e.getUser(), null, e.getText(), e.getTs(), e.getThreadTs()));
        });
        app.event(
                MessageChangedEvent.class,
                (payload, ctx) -> handled(
                        payload,
                        ctx,
                        payload.getEvent().getTs(),
                        () -> translator.answerEdited(payload.getEventId(), team(payload, ctx), payload.getEvent())));
        app.event(
                MessageDeletedEvent.class,
                (payload, ctx) -> handled(
                        payload,
                        ctx,
                        payload.getEvent().getTs(),
                        () -> translator.answerDeleted(payload.getEventId(), team(payload, ctx), payload.getEvent())));
    }

    /**
     * Translates, stores and acknowledges. An event whose fields cannot make an answer (no event id,
     * no ts, no team, an impossible time) is logged once, without its text, and acknowledged: Slack
     * sending it again would not help. A failure to store leaves it unacknowledged (status 503, no
     * exception into Bolt), so Slack delivers it again.
     */
    private static Response handled(
            EventsApiPayload<?> payload,
            EventContext ctx,
            String ts,
            Supplier<Optional<? extends ChatEvent>> translate,
            Consumer<ChatEvent> deliver) {
        Optional<? extends ChatEvent> event;
        try {
            event = translate.get();
        } catch (IllegalArgumentException | NullPointerException | DateTimeException | ArithmeticException malformed) {
            LOG.info(
                    "Slack message event {} (ts {}) rejected as malformed ({}); acknowledged, nothing stored",
                    LogIds.safe(payload.getEventId()),
                    LogIds.safe(ts),
                    malformed instanceof MalformedEvent
                            ? malformed.getMessage()
                            : malformed.getClass().getSimpleName());
            return ctx.ack();
        }
        if (event.isEmpty()) {
            return ctx.ack();
        }
        try {
            deliver.accept(event.get());
        } catch (RuntimeException failed) {
            LOG.warn(
                    "Slack event {} (ts {}) could not be stored ({}); left unacknowledged so Slack delivers it again",
                    LogIds.safe(payload.getEventId()),
                    LogIds.safe(ts),
                    failed.getClass().getSimpleName());
            LOG.debug("store failure for Slack event {}", LogIds.safe(payload.getEventId()), failed);
            return Response.builder().statusCode(503).body("").build();
        }
        return ctx.ack();
    }

    private Response handled(
            EventsApiPayload<?> payload,
            EventContext ctx,
            String ts,
            Supplier<Optional<? extends ChatEvent>> translate) {
        return handled(payload, ctx, ts, translate, this::deliver);
    }

    /** A posted message: built inside {@link #handled}'s guard, so a malformed one is logged and acknowledged. */
    private Response handledPost(
            EventsApiPayload<?> payload, EventContext ctx, String ts, Supplier<SlackEventTranslator.Posted> message) {
        return handled(payload, ctx, ts, () -> posted(payload, ctx, message.get()));
    }

    private Optional<ChatEvent.AnswerPosted> posted(
            EventsApiPayload<?> payload, EventContext ctx, SlackEventTranslator.Posted message) {
        String team = team(payload, ctx);
        return translator.answerPosted(
                payload.getEventId(), team, message, id -> names.nameFor(SlackEventTranslator.user(team, id)));
    }

    /** Someone typed in the bot's DM, outside any thread, and it was no follow-up's reply. */
    private static boolean isTopLevelDirectMessage(ChatEvent event) {
        return event instanceof ChatEvent.AnswerPosted p
                && p.direct().filter(d -> d.repliesTo() == null).isPresent();
    }

    private void hintThreads(String dm) {
        try {
            chat.post(dm, null, DM_HINT);
        } catch (RuntimeException e) {
            LOG.warn("could not post the practice hint in a Slack DM: {}", e.getMessage());
        }
    }

    private void deliver(ChatEvent event) {
        Receipt receipt = sink.accept(event);
        if (receipt instanceof Receipt.Ignored && isTopLevelDirectMessage(event)) {
            background.execute(() -> hintThreads(event.channel().id()));
        }
        if (receipt instanceof Receipt.Rejected rejected) {
            String user = null;
            String thread = null;
            if (event instanceof ChatEvent.AnswerPosted p) {
                user = p.user().id();
                thread = isTopLevelDirectMessage(p) ? null : p.threadId();
            } else if (event instanceof ChatEvent.AnswerEdited e) {
                user = e.user().id();
                thread = e.threadId();
            }
            if (user != null) {
                String who = user;
                String where = thread;
                background.execute(() -> tell(event.channel().id(), where, who, rejected.userMessage()));
            }
        } else {
            LOG.debug(
                    "Slack event {} handled: {}",
                    LogIds.safe(event.eventId()),
                    receipt.getClass().getSimpleName());
        }
    }

    private void tell(String channel, String thread, String user, String markdown) {
        try {
            chat.tellPrivately(channel, thread, user, SlackMrkdwn.fromMarkdown(markdown));
        } catch (RuntimeException e) {
            LOG.warn("could not tell Slack user {} why their answer was refused: {}", user, e.getMessage());
        }
    }

    private static String team(EventsApiPayload<?> payload, EventContext ctx) {
        return payload.getTeamId() != null ? payload.getTeamId() : ctx.getTeamId();
    }
}
