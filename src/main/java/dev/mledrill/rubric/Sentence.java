package dev.mledrill.rubric;

/**
 * One sentence of an answer: its token range [first, end), char span, the OR of its tokens'
 * concept tags, and the counts that tell a sentence from a list of terms.
 * {@code duplicate}: it repeats an earlier sentence and earns nothing.
 * {@code connected}: it has a verb and the small words that join terms into a statement.
 */
record Sentence(
        int index,
        int first,
        int end,
        int start,
        int stop,
        long tags,
        int words,
        int terms,
        int functionWords,
        int verbs,
        boolean duplicate,
        boolean connected) {

    boolean has(Concept concept) {
        return (tags & concept.bit) != 0;
    }

    boolean hasAny(long mask) {
        return (tags & mask) != 0;
    }

    /** Counts towards any criterion: neither repeated nor a keyword list. */
    boolean counts() {
        return connected && !duplicate;
    }

    double termDensity() {
        return words == 0 ? 0 : (double) terms / words;
    }
}
