package dev.mledrill.chat.discord;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;

/** Waits, for a bounded time, until JDA is ready or Discord has refused the session, and says why. */
final class ReadyGate extends ListenerAdapter {
    private final CountDownLatch settled = new CountDownLatch(1);
    private volatile ShutdownEvent shutdown;

    @Override
    public void onReady(ReadyEvent event) {
        settled.countDown();
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        shutdown = event;
        settled.countDown();
    }

    /** Returns when ready; throws with the reason when Discord closed the session or time ran out. */
    void await(Duration timeout) throws InterruptedException {
        if (!settled.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("Discord did not become ready within " + timeout.toSeconds()
                    + " s: check the network and discord.gateway_url");
        }
        ShutdownEvent closed = shutdown;
        if (closed != null) {
            throw new IllegalStateException(reason(closed.getCloseCode(), closed.getCode()));
        }
    }

    private static String reason(CloseCode code, int raw) {
        if (code == CloseCode.DISALLOWED_INTENTS) {
            return "Discord refused the MESSAGE CONTENT intent: enable it for the bot in the developer portal "
                    + "(Applications > your app > Bot > Privileged Gateway Intents)";
        }
        if (code == CloseCode.AUTHENTICATION_FAILED) {
            return "Discord rejected DISCORD_TOKEN: copy the bot token again from the developer portal";
        }
        return "Discord closed the gateway during login (close code " + raw + ")";
    }
}
