package dev.mledrill.rubric;

/**
 * Canonical terms of a text with, for each, the sentence bits it occurs in and its topic weight
 * (the highest seen): hash maps of boxed longs and doubles would do, flat arrays do it cheaper, because every scored answer fills one and relevance walks it. Terms keep the order in
 * which they were first added. Not thread-safe while filled; read-only afterwards.
 */
final class TermTable {
    private String[] terms;
    private long[] bits;
    private double[] weights;
    /** Whether the term was added with a weight ({@link #add}) and not only as sentence bits ({@link #addBits}). */
    private boolean[] weighed;
    /** Open addressing: index + 1 into the arrays above, 0 for an empty slot. */
    private int[] slots;

    private int size;
    private double totalWeight;

    TermTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
        terms = new String[capacity / 2];
        bits = new long[capacity / 2];
        weights = new double[capacity / 2];
        weighed = new boolean[capacity / 2];
        slots = new int[capacity];
    }

    /** Adds the sentence bits to the term's and keeps the higher of the two weights. */
    void add(String term, long bit, double weight) {
        int at = entry(term, bit);
        if (!weighed[at]) {
            weighed[at] = true;
            weights[at] = weight;
            totalWeight += weight;
        } else if (weight > weights[at]) {
            totalWeight += weight - weights[at];
            weights[at] = weight;
        }
    }

    /** Adds the sentence bits to the term's, leaving its weight as it is ("%" stands for "percent" only in where it occurs). */
    void addBits(String term, long bit) {
        entry(term, bit);
    }

    private int entry(String term, long bit) {
        int at = indexOf(term);
        if (at >= 0) {
            bits[at] |= bit;
            return at;
        }
        if (size == terms.length) {
            grow();
        }
        terms[size] = term;
        bits[size] = bit;
        size++;
        place(term, size);
        return size - 1;
    }

    int size() {
        return size;
    }

    String term(int i) {
        return terms[i];
    }

    double weight(int i) {
        return weights[i];
    }

    /** Whether the term has a weight (it was added as a word, not only as sentence bits). */
    boolean weighed(int i) {
        return weighed[i];
    }

    boolean contains(String term) {
        return indexOf(term) >= 0;
    }

    /** Whether the term occurs with a weight. */
    boolean weighed(String term) {
        int at = indexOf(term);
        return at >= 0 && weighed[at];
    }

    /** The sum of all weights (exact: weights are 0, 0.25 or 1). */
    double totalWeight() {
        return totalWeight;
    }

    /** The term's position, or -1. */
    int indexOf(String term) {
        int mask = slots.length - 1;
        for (int s = spread(term.hashCode()) & mask; ; s = (s + 1) & mask) {
            int at = slots[s] - 1;
            if (at < 0) {
                return -1;
            }
            String t = terms[at];
            if (t == term || t.equals(term)) {
                return at;
            }
        }
    }

    /** The sentence bits of the term, 0 when it does not occur. */
    long bits(String term) {
        int at = indexOf(term);
        return at < 0 ? 0 : bits[at];
    }

    private void place(String term, int index1) {
        int mask = slots.length - 1;
        int s = spread(term.hashCode()) & mask;
        while (slots[s] != 0) {
            s = (s + 1) & mask;
        }
        slots[s] = index1;
    }

    private void grow() {
        int n = terms.length * 2;
        terms = java.util.Arrays.copyOf(terms, n);
        bits = java.util.Arrays.copyOf(bits, n);
        weights = java.util.Arrays.copyOf(weights, n);
        weighed = java.util.Arrays.copyOf(weighed, n);
        slots = new int[n * 2];
        for (int i = 0; i < size; i++) {
            place(terms[i], i + 1);
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
