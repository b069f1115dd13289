package dev.mledrill.rubric;

/** One token of an answer: its text as written, lower-cased, its kind and its char span. */
record Token(String text, String lower, Kind kind, int start, int end) {
    enum Kind {
        WORD,
        NUMBER,
        SYMBOL,
        BREAK
    }

    boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }
}
