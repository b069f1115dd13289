package dev.mledrill.drill;

import dev.mledrill.chat.Chat;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.ChatEventSink;
import dev.mledrill.chat.Chats;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.ThreadRead;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches up after downtime: reads every question thread whose window is open (or closed less than
 * {@code lookback} ago, so an outage across the close still counts on-time replies) and every
 * practice thread sent in the last {@link #PRACTICE_LOOKBACK}, and reconciles it with what is
 * stored, handing the sink what the live events would have brought: a reply not stored yet as an
 * answer, a stored answer whose text differs as an edit (at the platform's edit time), and a stored
 * answer gone from a thread read whole as a deletion. Event ids are stable, and replies stored with
 * the same text are not handed on at all, so a second run changes nothing and writes nothing.
 */
public final class Backfill {
    /** How long after a window closed its thread is still read at start. */
    public static final Duration DEFAULT_LOOKBACK = Duration.ofHours(24);
    /** Practice questions never close; those sent this long ago or less are read at start. */
    public static final Duration PRACTICE_LOOKBACK = Duration.ofDays(7);

    private static final Logger LOG = LoggerFactory.getLogger(Backfill.class);

    /**
     * What one run did; {@code failedThreads} could not be read (logged) and are tried again at the next
     * start. {@code edited} stored answers took a changed text; {@code withdrawn} were gone from their thread.
     */
    public record Report(
            int threads,
            int replies,
            int stored,
            int duplicates,
            int ignored,
            int rejected,
            int failedThreads,
            int edited,
            int withdrawn) {}

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
        Instant now = clock.instant();
        List<OpenThreads.OpenThread> open = new ArrayList<>(threads.closingSince(now.minus(lookback)));
        open.addAll(threads.practiceSince(now.minus(PRACTICE_LOOKBACK)));
        for (OpenThreads.OpenThread thread : open) {
            Optional<Chat> chat = chats.find(thread.thread().channel().platform());
            if (chat.isEmpty()) {
                continue;
            }
            tally.threads++;
            try {
                reconcile(chat.get().readThread(thread.thread()), thread.target(), tally, now);
            } catch (RuntimeException e) {
                tally.failed++;
                LOG.warn(
                        "backfill of thread {} in {} channel {} failed ({}: {}); it is read again at the next start",
                        thread.thread().threadId(),
                        thread.thread().channel().platform().id(),
                        thread.thread().channel().id(),
                        e.getClass().getSimpleName(),
                        e.getMessage());
            }
        }
        Report report = tally.report();
        LOG.info(
                "backfill read {} threads: {} replies, {} newly stored, {} already stored, {} edited, {} withdrawn as deleted,"
                        + " {} ignored, {} refused, {} failed",
                report.threads(),
                report.replies(),
                report.stored(),
                report.duplicates(),
                report.edited(),
                report.withdrawn(),
                report.ignored(),
                report.rejected(),
                report.failedThreads());
        return report;
    }

    private void reconcile(ThreadRead read, AnswerTarget target, Tally tally, Instant now) {
        Map<String, OpenThreads.KnownAnswer> known = threads.answers(target).stream()
                .collect(Collectors.toMap(OpenThreads.KnownAnswer::messageId, Function.identity(), (a, b) -> a));
        for (ThreadRead.Reply reply : read.replies()) {
            OpenThreads.KnownAnswer answer = known.get(reply.posted().messageId());
            if (answer == null) {
                tally.add(sink.accept(reply.posted()));
            } else if (changed(answer, reply.posted())) {
                tally.edit(sink.accept(reply.edit().orElseGet(() -> unmarkedEdit(reply.posted(), now))));
            } else {
                tally.replies++;
                tally.duplicates++;
            }
        }
        if (!read.complete()) {
            return;
        }
        for (OpenThreads.KnownAnswer answer : known.values()) {
            if (!answer.withdrawn()
                    && !read.messageIds().contains(answer.messageId())
                    && !DrillService.recordedByHand(answer.channel(), answer.messageId())) {
                tally.delete(sink.accept(new ChatEvent.AnswerDeleted(
                        "backfill-delete:" + answer.messageId(), answer.channel(), answer.messageId(), now)));
            }
        }
    }

    /** A purged text (forget-me) or a withdrawn answer is never revised by backfill. */
    private static boolean changed(OpenThreads.KnownAnswer answer, ChatEvent.AnswerPosted reply) {
        return !answer.withdrawn()
                && answer.latestText().isPresent()
                && !answer.latestText().get().equals(AnswerText.storable(reply.text()));
    }

    /** A text that differs though the platform does not mark the message edited: an edit seen now, once per text. */
    private static ChatEvent.AnswerEdited unmarkedEdit(ChatEvent.AnswerPosted reply, Instant now) {
        return new ChatEvent.AnswerEdited(
                "backfill-edit:" + reply.messageId() + ":"
                        + Integer.toHexString(reply.text().hashCode()),
                reply.channel(),
                reply.threadId(),
                reply.messageId(),
                reply.user(),
                reply.text(),
                now);
    }

    private static final class Tally {
        int threads;
        int replies;
        int stored;
        int duplicates;
        int ignored;
        int rejected;
        int failed;
        int edited;
        int withdrawn;

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

        void edit(Receipt receipt) {
            replies++;
            if (receipt instanceof Receipt.Stored) {
                edited++;
            } else if (receipt instanceof Receipt.Rejected) {
                rejected++;
            } else {
                duplicates++;
            }
        }

        void delete(Receipt receipt) {
            if (receipt instanceof Receipt.Withdrawn) {
                withdrawn++;
            }
        }

        Report report() {
            return new Report(threads, replies, stored, duplicates, ignored, rejected, failed, edited, withdrawn);
        }
    }
}
