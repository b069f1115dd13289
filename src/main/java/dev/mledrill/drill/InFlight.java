package dev.mledrill.drill;

import java.time.Duration;

/**
 * Counts work under way (an answer being stored, a score being computed or delivered) so shutdown
 * can wait for it. Once closing, no new work is let in; work already in may still start follow-up
 * work (an accepted answer queues its scoring), so nothing accepted is left half done.
 */
final class InFlight {
    private int active;
    private boolean closing;

    /** Lets new work in, unless closing. */
    synchronized boolean enter() {
        if (closing) {
            return false;
        }
        active++;
        return true;
    }

    /** Follow-up work of something already in; admitted even while closing. */
    synchronized void enterFollowUp() {
        active++;
    }

    synchronized void exit() {
        if (--active == 0) {
            notifyAll();
        }
    }

    synchronized boolean closing() {
        return closing;
    }

    /** Refuses new work from now on and waits up to {@code bound} for what is in; true if all finished. */
    synchronized boolean closeAndAwait(Duration bound) throws InterruptedException {
        closing = true;
        long deadline = System.nanoTime() + bound.toNanos();
        while (active > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    synchronized int active() {
        return active;
    }
}
