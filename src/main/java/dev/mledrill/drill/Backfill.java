package dev.mledrill.drill;

import dev.mledrill.chat.Chat;
import dev.mledrill.chat.ChatEventSink;
import dev.mledrill.chat.Chats;
import dev.mledrill.chat.Receipt;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches up after downtime: reads the replies of every question thread whose window is open (or
 * closed less than {@code lookback} ago, so an outage across the close still counts on-time replies)
 * from its platform and hands each to the sink as if it had just arrived. The store de-duplicates on
 * the message id, so replies already stored, and a second run, change nothing.
 */
public final class Backfill {
    /** How long after a window closed its thread is still read at start. */
    public static final Duration DEFAULT_LOOKBACK = Duration.ofHours(24);
    private static final Logger LOG = LoggerFactory.getLogger(Backfill.class);

    /** What one run did; {@code failedThreads} could not be read (logged) and are tried again at the next start. */
    public record Report(int threads, int replies, int stored, int duplicates, int ignored, int rejected,
                         int failedThreads) {
    }

    private final OpenThreads threads;
    private final Chats chats;
    private final ChatEventSink sink;
    private final Clock clock;
    private final Duration lookback;

    public Backfill(OpenThreads threads, Chats chats, ChatEventSink sink, Clock clock, Duration lookback) {
        this.threads = Objects.requireNonNull(threads, "threads");
        this.chats = Objects.requireNonNull(chats, "chats");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (lookback.isNegative()) {
            throw new IllegalArgumentException("lookback must not be negative");
        }
        this.lookback = lookback;
    }

    public Report run() {
        Tally tally = new Tally();
        List<OpenThreads.OpenThread> open = threads.closingSince(clock.instant().minus(lookback));
        for (OpenThreads.OpenThread thread : open) {
            Optional<Chat> chat = chats.find(thread.channel().platform());
            if (chat.isEmpty()) {
                continue;
            }
            tally.threads++;
            try {
                chat.get().threadReplies(thread.channel(), thread.threadId()).forEach(reply -> tally.add(sink.accept(reply)));
            } catch (RuntimeException e) {
                tally.failed++;
                LOG.warn("backfill of thread {} in {} channel {} failed ({}: {}); it is read again at the next start",
                        thread.threadId(), thread.channel().platform().id(), thread.channel().id(),
                        e.getClass().getSimpleName(), e.getMessage());
            }
        }
        Report report = tally.report();
        LOG.info("backfill read {} threads: {} replies, {} newly stored, {} already stored, {} ignored, {} refused, {} failed",
                report.threads(), report.replies(), report.stored(), report.duplicates(), report.ignored(),
                report.rejected(), report.failedThreads());
        return report;
    }

    private static final class Tally {
        int threads;
        int replies;
        int stored;
        int duplicates;
        int ignored;
        int rejected;
        int failed;

        void add(Receipt receipt) {
            replies++;
            if (receipt instanceof Receipt.Stored) {
                stored++;
            } else if (receipt instanceof Receipt.Duplicate) {
                duplicates++;
            } else if (receipt instanceof Receipt.Rejected) {
                rejected++;
            } else {
                ignored++;
            }
        }

        Report report() {
            return new Report(threads, replies, stored, duplicates, ignored, rejected, failed);
        }
    }
}
