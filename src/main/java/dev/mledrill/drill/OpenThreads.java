package dev.mledrill.drill;

import dev.mledrill.chat.ChannelRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The threads of posted questions that may have received answers the service has not seen. */
public interface OpenThreads {

    /** A posted question's thread and when its answer window closes. */
    record OpenThread(ChannelRef channel, String threadId, Instant windowClosesAt) {
        public OpenThread {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(threadId, "threadId");
            Objects.requireNonNull(windowClosesAt, "windowClosesAt");
        }
    }

    /** Posted questions with a thread whose window closes at or after {@code since}, oldest first. */
    List<OpenThread> closingSince(Instant since);
}
