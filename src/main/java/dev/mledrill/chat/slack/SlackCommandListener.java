package dev.mledrill.chat.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Chat;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.CommandHandler;
import dev.mledrill.chat.CommandReply;
import dev.mledrill.drill.ChannelSettings;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /drill ...}: hands the text to the core's {@link CommandHandler} and replies privately
 * in the acknowledgement. Slack allows 3 seconds; a reply not ready within {@link #REPLY_BUDGET}
 * is acknowledged with a short note and delivered through the command's response URL instead.
 * Admin means a workspace admin or owner ({@code users.info}) or one of the channel's configured admins.
 */
final class SlackCommandListener {
    static final String COMMAND = "/drill";
    static final Duration REPLY_BUDGET = Duration.ofMillis(2_300);
    private static final Logger LOG = LoggerFactory.getLogger(SlackCommandListener.class);
    private static final Pattern LABELLED_MENTION = Pattern.compile("<([@#][A-Z0-9]+)\\|[^>]*>");

    private final CommandHandler handler;
    private final SlackUsers users;
    private final Function<ChannelRef, Optional<ChannelSettings>> settings;
    private final Clock clock;
    private final ExecutorService workers;
    private final Chat chat;

    /** An invocation and the core's reply to it. */
    private record Answer(ChatEvent.CommandInvoked command, CommandReply reply) {}

    /** @param chat uploads a reply's image: into the caller's DM, or the channel for a channel-wide reply */
    SlackCommandListener(
            CommandHandler handler,
            SlackUsers users,
            Function<ChannelRef, Optional<ChannelSettings>> settings,
            Clock clock,
            ExecutorService workers,
            Chat chat) {
        this.chat = chat;
        this.handler = handler;
        this.users = users;
        this.settings = settings;
        this.clock = clock;
        this.workers = workers;
    }

    void register(App app) {
        app.command(COMMAND, (request, ctx) -> reply(request.getPayload(), ctx));
    }

    private Response reply(SlashCommandPayload p, SlashCommandContext ctx) {
        CompletableFuture<Answer> reply = CompletableFuture.supplyAsync(
                () -> {
                    ChatEvent.CommandInvoked command = invocation(p);
                    return new Answer(command, handler.handle(command));
                },
                workers);
        try {
            return ack(ctx, text(reply.get(REPLY_BUDGET.toMillis(), TimeUnit.MILLISECONDS)));
        } catch (TimeoutException slow) {
            reply.whenCompleteAsync((late, failure) -> respondLater(ctx, late, failure), workers);
            return ack(ctx, "Working on it…");
        } catch (ExecutionException failed) {
            LOG.warn(
                    "/drill failed in channel {}: {}",
                    p.getChannelId(),
                    failed.getCause().toString());
            return ack(
                    ctx,
                    "Sorry, that did not work (" + failed.getCause().getClass().getSimpleName()
                            + "). Try again, or `/drill help`.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ack(ctx, "The bot is shutting down; try again in a minute.");
        }
    }

    ChatEvent.CommandInvoked invocation(SlashCommandPayload p) {
        String team = p.getTeamId();
        ChannelRef channel = SlackEventTranslator.channel(team, p.getChannelId());
        SlackUsers.Profile profile = users.lookup(p.getUserId());
        boolean configuredAdmin = settings.apply(channel)
                .map(s -> s.admins().contains(p.getUserId()))
                .orElse(false);
        String name = profile.displayName() != null ? profile.displayName() : p.getUserName();
        String id = p.getTriggerId() != null ? "command:" + p.getTriggerId() : "command:" + UUID.randomUUID();
        return new ChatEvent.CommandInvoked(
                id,
                channel,
                SlackEventTranslator.user(team, p.getUserId()),
                name,
                configuredAdmin || profile.workspaceAdmin(),
                normalise(p.getText()),
                clock.instant());
    }

    /** {@code <@U123|ana>} becomes {@code <@U123>} (the same form as Discord's); entities are decoded. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return SlackMrkdwn.unescape(LABELLED_MENTION.matcher(text).replaceAll("<$1>"))
                .strip();
    }

    private static Response ack(SlashCommandContext ctx, String markdown) {
        String text = SlackMrkdwn.fromMarkdown(markdown);
        return ctx.ack(r -> r.responseType("ephemeral").text(text));
    }

    /**
     * The acknowledgement's text; a reply with an image has it uploaded in the background (an
     * upload takes three calls, too slow for the acknowledgement): into the caller's DM, or in
     * the channel for a channel-wide reply.
     */
    private String text(Answer answer) {
        CommandReply reply = answer.reply();
        if (reply.image().isEmpty()) {
            return reply.markdown();
        }
        workers.execute(() -> upload(answer));
        return reply.audience() == CommandReply.Audience.CHANNEL
                ? "Posting the chart in this channel."
                : reply.markdown() + "\n\n_Your chart is on its way to your direct messages (only you see it)._";
    }

    private void upload(Answer answer) {
        CommandReply reply = answer.reply();
        try {
            if (reply.audience() == CommandReply.Audience.CHANNEL) {
                chat.postInChannel(answer.command().channel(), reply.markdown(), reply.image());
            } else {
                chat.sendDirect(answer.command().user(), "Your progress chart (only you see it):", reply.image());
            }
        } catch (RuntimeException e) {
            LOG.warn(
                    "could not upload the chart for /drill in channel {}: {}",
                    answer.command().channel().id(),
                    e.toString());
        }
    }

    private void respondLater(SlashCommandContext ctx, Answer answer, Throwable failure) {
        String text = failure == null
                ? SlackMrkdwn.fromMarkdown(text(answer))
                : "Sorry, that did not work. Try again, or `/drill help`.";
        try {
            ctx.respond(r -> r.responseType("ephemeral").text(text));
        } catch (IOException e) {
            LOG.warn("could not deliver a late /drill reply: {}", e.toString());
        }
    }
}
