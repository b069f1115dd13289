package dev.mledrill.rubric;

/**
 * A before→after pair ("from 110 ms to 82 ms", "450 MB instead of 2.3 GB") or a relative
 * change ("cut latency by 30 %", "18% less energy"); {@code before} is null for relative ones.
 */
record Change(Quantity before, Quantity after, int first, int last, int sentence) {
    /** The same two figures in either order are the same change. */
    String key() {
        if (before == null) {
            return after.key();
        }
        String a = before.key();
        String b = after.key();
        return a.compareTo(b) < 0 ? a + ">" + b : b + ">" + a;
    }

    boolean isPair() {
        return before != null;
    }
}
