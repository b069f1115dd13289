package dev.mledrill.chat;

import java.time.Duration;

/** What an adapter tells about its platform connection, for the service's metrics. */
public interface ConnectionEvents {
    ConnectionEvents NONE = new ConnectionEvents() {};

    /** The platform connection was re-established (the platform asked for it or it had dropped). */
    default void reconnected() {}

    /** A call was rate-limited and waits {@code wait} before it is made again. */
    default void rateLimited(Duration wait) {}
}
