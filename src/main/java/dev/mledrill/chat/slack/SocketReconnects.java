package dev.mledrill.chat.slack;

import com.slack.api.util.http.listener.HttpResponseListener;
import dev.mledrill.chat.ConnectionEvents;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts Socket Mode reconnects. Every WebSocket connection starts with an {@code apps.connections.open}
 * call, whether Slack asked for a new one (its periodic "disconnect" notice, which the client handles
 * without telling its listeners) or the client's monitor found the old one dead. Bolt's start opens
 * more than one (the client's constructor connects, then the app connects to a fresh endpoint), so
 * the count starts once {@link #started()} marks the end of the start.
 */
final class SocketReconnects extends HttpResponseListener {
    private static final String OPEN = "apps.connections.open";
    private final AtomicBoolean started = new AtomicBoolean();
    private final ConnectionEvents events;

    SocketReconnects(ConnectionEvents events) {
        this.events = events;
    }

    @Override
    public void accept(State state) {
        if (state.getResponse() == null
                || !state.getResponse().isSuccessful()
                || !state.getResponse().request().url().encodedPath().endsWith(OPEN)) {
            return;
        }
        if (started.get()) {
            events.reconnected();
        }
    }

    /** The service's own connection is open: from now on every new connection is a reconnect. */
    void started() {
        started.set(true);
    }
}
