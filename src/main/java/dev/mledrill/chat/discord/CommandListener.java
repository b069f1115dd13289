package dev.mledrill.chat.discord;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.CommandHandler;
import dev.mledrill.chat.CommandReply;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.ChannelSettings;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code /drill} through the interaction callback, visible only to the caller. A reply
 * the handler produces within {@link #DIRECT_REPLY_MS} goes straight into the callback; a slower
 * one is deferred first (Discord allows 3 s for the first answer) and filled in when ready.
 */
final class CommandListener extends ListenerAdapter {
    static final long DIRECT_REPLY_MS = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(CommandListener.class);

    private final CommandHandler handler;
    private final Function<ChannelRef, Optional<ChannelSettings>> channels;
    private final List<String> adminRoles;
    private final ExecutorService pool;
    private final SlashCommandRegistrar registrar;

    CommandListener(
            CommandHandler handler,
            Function<ChannelRef, Optional<ChannelSettings>> channels,
            List<String> adminRoles,
            ExecutorService pool,
            SlashCommandRegistrar registrar) {
        this.handler = handler;
        this.channels = channels;
        this.adminRoles = adminRoles;
        this.pool = pool;
        this.registrar = registrar;
    }

    @Override
    public void onGuildJoin(GuildJoinEvent event) {
        registrar.register(event.getGuild());
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!DrillSlashCommand.NAME.equals(event.getName()) || event.getGuild() == null || event.getMember() == null) {
            return;
        }
        ChannelRef channel = new ChannelRef(Platform.DISCORD, event.getGuild().getId(), channelId(event));
        boolean admin = isAdmin(event.getMember(), channel);
        String subcommand = event.getSubcommandName();
        if (!admin && subcommand != null && DrillSlashCommand.ADMIN_ONLY.contains(subcommand)) {
            event.reply("Only server managers (Manage Server) or the configured admin roles can run `/drill "
                            + subcommand + "`.")
                    .setEphemeral(true)
                    .queue();
            return;
        }
        ChatEvent.CommandInvoked command = new ChatEvent.CommandInvoked(
                "interaction:" + event.getId(),
                channel,
                new UserRef(Platform.DISCORD, channel.team(), event.getUser().getId()),
                event.getMember().getEffectiveName(),
                admin,
                DrillSlashCommand.text(subcommand, event.getOptions()),
                event.getTimeCreated().toInstant());
        CompletableFuture<CommandReply> reply = CompletableFuture.supplyAsync(() -> handler.handle(command), pool);
        try {
            CommandReply done = reply.get(DIRECT_REPLY_MS, TimeUnit.MILLISECONDS);
            List<String> chunks = MessageChunks.split(done.markdown());
            ReplyCallbackAction first =
                    event.reply(chunks.get(0)).setEphemeral(done.audience() == CommandReply.Audience.CALLER);
            done.image().ifPresent(image -> first.addFiles(DiscordMessages.upload(image)));
            first.queue(hook -> followUp(hook, chunks.subList(1, chunks.size())));
        } catch (TimeoutException slow) {
            event.deferReply(true)
                    .queue(hook -> reply.whenComplete((done, failure) -> late(command, hook, done, failure)));
        } catch (ExecutionException e) {
            event.reply(failed(command, e.getCause())).setEphemeral(true).queue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Fills in a deferred (private) answer; a reply for the whole channel follows it as a public
     * message, since a deferred answer stays private.
     */
    private static void late(
            ChatEvent.CommandInvoked command, InteractionHook hook, CommandReply done, Throwable failure) {
        if (failure == null && done.audience() == CommandReply.Audience.CHANNEL) {
            hook.editOriginal("Posting it in the channel.").queue(ok -> {
                var post = hook.sendMessage(MessageChunks.split(done.markdown()).get(0))
                        .setEphemeral(false);
                done.image().ifPresent(image -> post.addFiles(DiscordMessages.upload(image)));
                post.queue();
            });
            return;
        }
        List<String> chunks = MessageChunks.split(failure == null ? done.markdown() : failed(command, failure));
        var edit = hook.editOriginal(chunks.get(0));
        if (failure == null) {
            done.image().ifPresent(image -> edit.setFiles(DiscordMessages.upload(image)));
        }
        edit.queue(ok -> followUp(hook, chunks.subList(1, chunks.size())));
    }

    private static void followUp(InteractionHook hook, List<String> rest) {
        rest.forEach(chunk -> hook.sendMessage(chunk).setEphemeral(true).queue());
    }

    private static String failed(ChatEvent.CommandInvoked command, Throwable failure) {
        LOG.error("/drill command {} failed", command.eventId(), failure);
        return "Sorry, that command failed on our side; it has been logged. Please try again in a moment.";
    }

    /** Commands typed in a question thread act on the thread's channel. */
    private static String channelId(SlashCommandInteractionEvent event) {
        GuildChannel channel = event.getGuildChannel();
        return channel instanceof ThreadChannel thread
                ? thread.getParentChannel().getId()
                : channel.getId();
    }

    private boolean isAdmin(Member member, ChannelRef channel) {
        return member.hasPermission(Permission.MANAGE_SERVER)
                || member.getRoles().stream()
                        .anyMatch(r -> adminRoles.contains(r.getId()) || adminRoles.contains(r.getName()))
                || channels.apply(channel)
                        .map(s -> s.admins().contains(member.getId()))
                        .orElse(false);
    }
}
