package dev.mledrill.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An answer read once for every detector: tokens with stems and concept tags, sentences
 * (repeats marked, keyword lists told apart from statements), quantities and changes.
 */
final class Analysis {
    private static final Set<String> ABBREVIATIONS = Set.of("vs", "approx", "etc", "fig", "incl", "ca", "eg", "ie");
    private static final double NEAR_DUPLICATE = 0.8;
    private static final long VERB_TAGS = Concept.VERB.bit
            | Concept.CHANGE_VERB.bit
            | Concept.USER_VERB.bit
            | Concept.CHECK.bit
            | Concept.CHOICE.bit
            | Concept.REJECT.bit;

    final String text;
    final List<Token> tokens;
    final String[] stems;
    /** Each token as the lexicon and the topics see it (its stem, synonym group, topic phrases). */
    final Lexicon.Word[] entries;

    final long[] tags;
    /** Tokens that read as verbs (listed verbs, "-ed", "-ing"). */
    final boolean[] verbs;

    final List<Sentence> sentences;
    final List<Quantity> quantities;
    final List<Change> changes;
    private final List<Sentence> counting;
    private final List<List<Quantity>> bySentence;
    /** Words and numbers in sentences that are not repeats. */
    final int words;

    private Analysis(
            String text,
            List<Token> tokens,
            String[] stems,
            Lexicon.Word[] entries,
            long[] tags,
            List<Sentence> sentences) {
        this.text = text;
        this.tokens = tokens;
        this.stems = stems;
        this.entries = entries;
        this.tags = tags;
        this.verbs = new boolean[tokens.size()];
        for (int i = 0; i < verbs.length; i++) {
            verbs[i] = isVerb(tokens.get(i), tags[i]);
        }
        this.sentences = sentences;
        List<Sentence> counting = new ArrayList<>(sentences.size());
        int words = 0;
        for (Sentence s : sentences) {
            if (s.counts()) {
                counting.add(s);
            }
            words += s.duplicate() ? 0 : s.words();
        }
        this.counting = List.copyOf(counting);
        this.quantities = QuantityDetector.detect(this);
        List<List<Quantity>> per = new ArrayList<>(sentences.size());
        for (int k = 0; k < sentences.size(); k++) {
            per.add(new ArrayList<>(2));
        }
        for (Quantity q : quantities) {
            per.get(q.sentence()).add(q);
        }
        this.bySentence = per;
        this.changes = ChangeDetector.detect(this);
        this.words = words;
    }

    static Analysis of(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        Lexicon lexicon = Lexicon.get();
        int n = tokens.size();
        String[] stems = new String[n];
        long[] tags = new long[n];
        Lexicon.Word[] entries = new Lexicon.Word[n];
        @SuppressWarnings("unchecked")
        List<Lexicon.Phrase>[] starts = new List[n];
        for (int i = 0; i < n; i++) {
            Lexicon.Word w = lexicon.word(tokens.get(i));
            entries[i] = w;
            stems[i] = w.stem();
            tags[i] = w.tags();
            starts[i] = w.phrases();
        }
        List<Sentence> sentences = new ArrayList<>();
        List<long[]> bags = new ArrayList<>();
        int first = 0;
        for (int i = 0; i <= n; i++) {
            boolean atEnd = i == n;
            Token t = atEnd ? null : tokens.get(i);
            if (!atEnd && t.kind() == Token.Kind.BREAK) {
                addSentence(tokens, stems, starts, tags, first, i, sentences, bags);
                first = i + 1;
            } else if (atEnd || endsSentence(tokens, i)) {
                addSentence(tokens, stems, starts, tags, first, atEnd ? n : i + 1, sentences, bags);
                first = i + 1;
            }
        }
        return new Analysis(text, tokens, stems, entries, tags, List.copyOf(sentences));
    }

    private static boolean endsSentence(List<Token> tokens, int i) {
        String s = tokens.get(i).lower();
        if (!s.equals(".") && !s.equals("!") && !s.equals("?")) {
            return false;
        }
        return !(s.equals(".")
                && i > 0
                && ABBREVIATIONS.contains(tokens.get(i - 1).lower()));
    }

    private static void addSentence(
            List<Token> tokens,
            String[] stems,
            List<Lexicon.Phrase>[] starts,
            long[] tags,
            int first,
            int end,
            List<Sentence> out,
            List<long[]> bags) {
        if (end <= first) {
            return;
        }
        Lexicon.get().tagPhrases(stems, starts, first, end, tags);
        long mask = 0;
        int words = 0;
        int terms = 0;
        int function = 0;
        int verbs = 0;
        // stems come from the stemmer's cache, so their hash codes are computed once per process
        long[] bag = new long[end - first];
        int size = 0;
        for (int i = first; i < end; i++) {
            Token t = tokens.get(i);
            long tg = tags[i];
            mask |= tg;
            if (t.kind() == Token.Kind.SYMBOL) {
                continue;
            }
            words++;
            bag[size++] = stems[i].hashCode();
            // small words inside a phrase ("stays on the device") join it; they are not extra terms
            if (t.isNumber() || ((tg & Concept.TERMS) != 0 && !Concept.FUNCTION.in(tg))) {
                terms++;
            }
            if (Concept.FUNCTION.in(tg)) {
                function++;
            }
            if (isVerb(t, tg)) {
                verbs++;
            }
        }
        if (words == 0) {
            return;
        }
        long[] distinct = distinctSorted(bag, size);
        boolean duplicate = nearDuplicate(distinct, bags);
        bags.add(distinct);
        // a statement joins its terms with small words; without a recognised verb it needs more of them
        double joined = (double) function / words;
        boolean connected =
                words >= 3 && function >= 1 && (verbs >= 1 ? joined >= 0.1 : joined >= 0.2) && terms * 4 < words * 3;
        out.add(new Sentence(
                out.size(),
                first,
                end,
                tokens.get(first).start(),
                tokens.get(end - 1).end(),
                mask,
                words,
                terms,
                function,
                verbs,
                duplicate,
                connected));
    }

    private static boolean isVerb(Token t, long tags) {
        if ((tags & VERB_TAGS) != 0) {
            return true;
        }
        String w = t.lower();
        return t.isWord() && ((w.length() >= 5 && w.endsWith("ed")) || (w.length() >= 6 && w.endsWith("ing")));
    }

    private static long[] distinctSorted(long[] values, int size) {
        long[] sorted = java.util.Arrays.copyOf(values, size);
        java.util.Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n == 0 || sorted[n - 1] != sorted[i]) {
                sorted[n++] = sorted[i];
            }
        }
        return java.util.Arrays.copyOf(sorted, n);
    }

    /** The same words as an earlier sentence (short ones exactly, longer ones by 80 % overlap). */
    private static boolean nearDuplicate(long[] bag, List<long[]> earlier) {
        for (long[] other : earlier) {
            int common = 0;
            for (int i = 0, j = 0; i < bag.length && j < other.length; ) {
                if (bag[i] == other[j]) {
                    common++;
                    i++;
                    j++;
                } else if (bag[i] < other[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            int union = bag.length + other.length - common;
            boolean same = common == union;
            if (same || (bag.length >= 6 && other.length >= 6 && common >= NEAR_DUPLICATE * union)) {
                return true;
            }
        }
        return false;
    }

    /** Sentences that earn credit: connected and not repeats. */
    List<Sentence> counting() {
        return counting;
    }

    Sentence sentenceAt(int tokenIndex) {
        for (Sentence s : sentences) {
            if (tokenIndex >= s.first() && tokenIndex < s.end()) {
                return s;
            }
        }
        throw new IllegalArgumentException("token " + tokenIndex + " is in no sentence");
    }

    boolean tagged(int tokenIndex, Concept concept) {
        return (tags[tokenIndex] & concept.bit) != 0;
    }

    /** The first token of a sentence carrying a concept, or -1. */
    int find(Sentence s, Concept concept) {
        for (int i = s.first(); i < s.end(); i++) {
            if ((tags[i] & concept.bit) != 0) {
                return i;
            }
        }
        return -1;
    }

    /** The first token carrying the first of these concepts the sentence has, else the sentence's first token. */
    int findAny(Sentence s, Concept... concepts) {
        for (Concept c : concepts) {
            int i = find(s, c);
            if (i >= 0) {
                return i;
            }
        }
        return s.first();
    }

    List<Quantity> quantitiesIn(Sentence s) {
        return bySentence.get(s.index());
    }
}
