package dev.mledrill.rubric;

import java.util.ArrayList;
import java.util.List;

/** Turns token positions into quoted evidence: the clause around a signal, cut to a readable length. */
final class Quotes {
    private static final int MAX_CHARS = 90;
    private static final int BEFORE = 3;
    private static final int AFTER = 8;

    private Quotes() {}

    /** The clause (between , ; : — or the sentence's ends) that holds the token. */
    static Evidence clause(Analysis a, int tokenIndex) {
        Sentence s = a.sentenceAt(tokenIndex);
        int from = tokenIndex;
        while (from > s.first() && !isBreak(a.tokens.get(from - 1))) {
            from--;
        }
        int to = tokenIndex;
        while (to + 1 < s.end() && !isBreak(a.tokens.get(to + 1))) {
            to++;
        }
        if (to - from < 3) {
            from = s.first();
            to = s.end() - 1;
        }
        Evidence e = span(a, from, to);
        if (e.quote().length() <= MAX_CHARS) {
            return e;
        }
        return span(a, Math.max(from, tokenIndex - BEFORE), Math.min(to, tokenIndex + AFTER));
    }

    /** The clauses around two signals, as one quote when they share a clause. */
    static Evidence range(Analysis a, int first, int last) {
        Evidence left = clause(a, first);
        Evidence right = clause(a, last);
        int start = Math.min(left.start(), right.start());
        int end = Math.max(left.end(), right.end());
        if (end - start <= MAX_CHARS) {
            return new Evidence(a.text.substring(start, end), start, end);
        }
        Sentence s = a.sentenceAt(first);
        return span(a, Math.max(s.first(), first - BEFORE), Math.min(s.end() - 1, last + BEFORE + 2));
    }

    static Evidence span(Analysis a, int firstToken, int lastToken) {
        String text = a.text;
        int start = a.tokens.get(firstToken).start();
        int end = a.tokens.get(lastToken).end();
        // never cut a hyphenated word: "4-bit" is split into tokens but quoted whole
        while (start > 0 && joined(text.charAt(start - 1), text.charAt(start))) {
            start--;
        }
        while (end < text.length() && joined(text.charAt(end - 1), text.charAt(end))) {
            end++;
        }
        while (end > start && isTrailing(text.charAt(end - 1))) {
            end--;
        }
        return new Evidence(a.text.substring(start, end), start, end);
    }

    static Evidence sentence(Analysis a, Sentence s) {
        Evidence e = span(a, s.first(), s.end() - 1);
        if (e.quote().length() <= MAX_CHARS) {
            return e;
        }
        return span(a, s.first(), Math.min(s.end() - 1, s.first() + BEFORE + AFTER + 4));
    }

    /** Adds a quote unless one already covers it; keeps at most {@code limit}. */
    static void add(List<Evidence> quotes, Evidence e, int limit) {
        for (Evidence q : quotes) {
            if (q.start() <= e.start() && q.end() >= e.end()) {
                return;
            }
        }
        quotes.removeIf(q -> e.start() <= q.start() && e.end() >= q.end());
        if (quotes.size() < limit) {
            quotes.add(e);
        }
    }

    static List<Evidence> list() {
        return new ArrayList<>(3);
    }

    private static boolean isBreak(Token t) {
        if (t.kind() != Token.Kind.SYMBOL) {
            return false;
        }
        String s = t.lower();
        return s.equals(",")
                || s.equals(";")
                || s.equals(":")
                || s.equals("—")
                || s.equals("–")
                || s.equals("(")
                || s.equals(")");
    }

    /** Two adjacent characters of one hyphenated word ("4-bit", "on-device"). */
    private static boolean joined(char left, char right) {
        return (left == '-' && Character.isLetterOrDigit(right)) || (right == '-' && Character.isLetterOrDigit(left));
    }

    private static boolean isTrailing(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == ' ';
    }
}
