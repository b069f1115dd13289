package dev.mledrill.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer signatures this process has read of recently checked threads, so a near-copy check
 * reads only what changed in its thread since the previous check there ({@link JdbcCopyChecks}),
 * instead of every answer in it: with thousands of answers in one thread that read made each
 * check slower than the last. Holds up to {@link #MAX_TEXTS} answers (about 400 bytes each),
 * dropping the least recently checked threads first.
 *
 * <p>What a thread's entry holds is a superset of what the database holds: an answer forgotten
 * since it was read stays here, so the checks read their candidates again before judging.
 */
final class ThreadSignatures {
    static final int MAX_TEXTS = 50_000;

    /** One thread as read: every answer checked up to {@code checkedUpTo}, and the unchecked ones seen. */
    static final class Seen {
        private long checkedUpTo = -1;
        private final Map<Long, SignatureRows.Authored> answers = new HashMap<>();

        long checkedUpTo() {
            return checkedUpTo;
        }

        /** Takes what the check read; {@code upTo} is the last check number it read all answers of. */
        void update(List<SignatureRows.Authored> read, long upTo) {
            if (upTo < checkedUpTo) {
                // the thread's counter went back (a restored database): start over
                answers.clear();
            }
            read.forEach(a -> answers.put(a.text().answerId(), a));
            checkedUpTo = upTo;
        }

        Collection<SignatureRows.Authored> answers() {
            return answers.values();
        }

        int size() {
            return answers.size();
        }
    }

    private final LinkedHashMap<Long, Seen> threads = new LinkedHashMap<>(16, 0.75f, true);

    /** The thread's entry; callers hold that thread's lock while they use it. */
    synchronized Seen of(long postedQuestionId) {
        return threads.computeIfAbsent(postedQuestionId, k -> new Seen());
    }

    /** Drops the least recently checked threads, other than {@code keep}, while more than the limit is held. */
    synchronized void trim(long keep) {
        int held = threads.values().stream().mapToInt(Seen::size).sum();
        for (Iterator<Map.Entry<Long, Seen>> it = threads.entrySet().iterator(); it.hasNext() && held > MAX_TEXTS; ) {
            Map.Entry<Long, Seen> e = it.next();
            if (e.getKey() != keep) {
                held -= e.getValue().size();
                it.remove();
            }
        }
    }

    synchronized int threadsHeld() {
        return threads.size();
    }
}
