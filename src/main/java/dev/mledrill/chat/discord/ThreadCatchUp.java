package dev.mledrill.chat.discord;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.ChatEventSink;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.Receipt;
import dev.mledrill.drill.ChannelSettings;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads back answers written while the gateway was down mid-run. Discord replays missed events
 * only on a resume; when it makes the bot open a new session instead, the gateway is silent about
 * them, so the bot reads the history of its open question threads in configured channels and
 * hands every reply to the core, which stores the new ones and recognises the rest by their
 * message-derived event ids. (At start the service backfills itself through
 * {@code Chat.readThread}, once this adapter's chat is registered for feedback.)
 */
final class ThreadCatchUp extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(ThreadCatchUp.class);

    private final ChatEventSink sink;
    private final Function<ChannelRef, Optional<ChannelSettings>> channels;
    private final ThreadHistory history;
    private final Executor executor;

    ThreadCatchUp(
            ChatEventSink sink,
            Function<ChannelRef, Optional<ChannelSettings>> channels,
            ThreadHistory history,
            Executor executor) {
        this.sink = sink;
        this.channels = channels;
        this.history = history;
        this.executor = executor;
    }

    @Override
    public void onSessionRecreate(SessionRecreateEvent event) {
        schedule(event.getJDA());
    }

    /** Catches up off the event thread: reading history takes one REST call per page. */
    private void schedule(JDA jda) {
        executor.execute(() -> run(jda));
    }

    private void run(JDA jda) {
        int stored = 0;
        for (ThreadChannel thread : jda.getThreadChannelCache()) {
            ChannelRef parent = new ChannelRef(
                    Platform.DISCORD,
                    thread.getGuild().getId(),
                    thread.getParentChannel().getId());
            if (!thread.isOwner()
                    || thread.isArchived()
                    || channels.apply(parent).isEmpty()) {
                continue;
            }
            try {
                for (ChatEvent.AnswerPosted reply : history.replies(parent, thread, thread.getId())) {
                    if (sink.accept(reply) instanceof Receipt.Stored) {
                        stored++;
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn(
                        "catching up thread {} failed ({}); its missed answers wait for the next catch-up",
                        thread.getId(),
                        e.getClass().getSimpleName());
            }
        }
        if (stored > 0) {
            LOG.info("stored {} Discord answer(s) written while the bot was disconnected", stored);
        }
    }
}
