package dev.mledrill.rubric;

/**
 * A before→after pair ("from 110 ms to 82 ms", "450 MB instead of 2.3 GB") or a relative
 * change ("cut latency by 30 %", "18% less energy"); {@code before} is null for relative ones.
 */
record Change(Quantity before, Quantity after, int first, int last, int sentence) {
    /** The same two figures in either order are the same change. */
    long key() {
        if (before == null) {
            return after.key();
        }
        long a = before.key();
        long b = after.key();
        return Math.min(a, b) * 1_000_003L + Math.max(a, b);
    }

    boolean isPair() {
        return before != null;
    }
}
