package dev.mledrill.rubric;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One key point read as the terms an answer must state together. A term is met by the same
 * word after stemming and synonyms, by a word of the same concept group (latency/delay/ms), or,
 * for "measures", "reports" and "before and after", by a figure or a before→after change.
 * Examples ("(NPU, GPU, CPU)", "such as int8 on the NPU") are alternatives: one term for all.
 * The point is covered when one sentence, or two adjacent ones, meet at least half its terms:
 * its words scattered over unrelated sentences do not cover it.
 */
final class KeyPointPattern {
    private static final double COVERED = 0.5;
    private static final Set<String> SKIPPED = Set.of(
            "mention",
            "state",
            "explain",
            "discuss",
            "name",
            "give",
            "describ",
            "answer",
            "candid",
            "how",
            "why",
            "what",
            "e.g.",
            "i.e.",
            "etc",
            "includ",
            "note",
            "show",
            "say",
            "cover",
            "identifi",
            "exampl",
            "keep",
            "use",
            "make",
            "get",
            "do",
            "take",
            "ensur",
            "consid",
            "sever",
            "on",
            "thing",
            "wai",
            "kind",
            "part",
            "rather",
            "onli",
            "both",
            "same",
            "other",
            "such",
            "like",
            "well",
            "first",
            "new",
            "instead",
            "whether",
            "also",
            "real",
            "actual",
            "specif",
            "clear",
            "explicit",
            "set",
            "find",
            "ha",
            "tie",
            "connect",
            "defin",
            "plan",
            "justifi",
            "each",
            "mani",
            "own",
            "model",
            "enough",
            "small",
            "convert",
            "offer",
            "put",
            "recognis",
            "recogn",
            "look",
            "commit",
            "propos",
            "check",
            "count",
            "ti",
            "compar",
            "comparison",
            "choic",
            "concret",
            "consider",
            "appropri",
            "proper",
            "right",
            "correct",
            "add",
            "behaviour",
            "behavior");
    private static final Set<String> MEASURED = Set.of("measur", "report", "quantifi", "figur", "number");
    private static final Set<String> EXAMPLE_OPENERS = Set.of("such", "e.g.", "like", "including", "example");
    private static final long PRIVACY_FAMILY = Concept.LOCAL.bit | Concept.PRIVACY.bit | Concept.UPLOAD.bit;
    /** Concepts whose words stand in for each other in a key point: the lexicon's groups, targets and tolerances. */
    static final long GROUPS = Concept.KEY_POINT_GROUPS | Concept.TARGET.bit | Concept.TOLERANCE.bit | PRIVACY_FAMILY;

    /** Stems (any one will do), concept groups, and whether a figure or a change meets it. */
    record Term(String[] stems, long groups, boolean figure, boolean change, long own) {
        Term(String[] stems, long groups, boolean figure, boolean change) {
            this(stems, groups, figure, change, Long.lowestOneBit(groups));
        }
    }

    /** The verdict on one key point: covered or not, and the sentence that covered it best (-1 when none). */
    record Match(boolean covered, int sentence) {}

    final String text;
    final List<Term> terms;

    private KeyPointPattern(String text, List<Term> terms) {
        this.text = text;
        this.terms = List.copyOf(terms);
    }

    static KeyPointPattern of(String point) {
        Analysis p = Analysis.of(point);
        Topics topics = Topics.get();
        Builder b = new Builder();
        Set<String> exampleStems = new LinkedHashSet<>();
        long exampleGroups = 0;
        boolean inExamples = false;
        int examplesDepth = 0;
        boolean exampleFigure = false;
        int depth = 0;
        boolean before = false;
        boolean after = false;
        for (int i = 0; i < p.tokens.size(); i++) {
            Token t = p.tokens.get(i);
            depth += t.is("(") ? 1 : t.is(")") ? -1 : 0;
            if (inExamples && depth < examplesDepth) {
                inExamples = false;
            }
            if (!inExamples && EXAMPLE_OPENERS.contains(t.lower())) {
                inExamples = true;
                examplesDepth = depth;
            }
            exampleFigure |= (inExamples || depth > 0) && t.isNumber();
            before |= t.is("before");
            after |= t.is("after");
            b.alternative |= t.is("or") && !inExamples && depth == 0;
            if (!t.isWord() || Concept.FUNCTION.in(p.tags[i]) || SKIPPED.contains(p.stems[i])) {
                continue;
            }
            String stem = topics.canonical(p.stems[i]);
            long groups = widen(p.tags[i] & GROUPS);
            b.adjacent = groups != 0 && groups == b.lastGroups && onlySmallWordsBetween(p, b.lastToken, i);
            b.lastGroups = groups;
            b.lastToken = i;
            Topics.Phrase phrase = phraseAt(p, i, topics);
            if (phrase != null) {
                stem = phrase.canonical();
                i += phrase.stems().length - 1;
            }
            if (inExamples || depth > 0) {
                exampleStems.add(stem);
                exampleGroups |= groups;
            } else if (MEASURED.contains(p.stems[i])) {
                b.add(new Term(new String[] {stem}, 0, true, false));
            } else if (phrase == null && t.lower().indexOf('-') > 0 && !topics.isSynonym(p.stems[i]) && groups == 0) {
                for (String part : t.lower().split("-")) {
                    String ps = part.length() < 3 ? "" : Stemmer.stem(part);
                    if (!ps.isEmpty() && !Concept.FUNCTION.in(Lexicon.get().tagsOf(ps)) && !SKIPPED.contains(ps)) {
                        b.add(new Term(new String[] {topics.canonical(ps)}, 0, false, false));
                    }
                }
            } else {
                b.add(new Term(new String[] {stem}, groups, false, false, Long.lowestOneBit(p.tags[i] & GROUPS)));
            }
        }
        exampleStems.removeAll(b.seen);
        if (!exampleStems.isEmpty() || exampleFigure) {
            b.alternative = false;
            // bare figures as examples ("1, 5, 25 percent" read as "1, 5, 25 %") are met by any figure
            b.add(new Term(exampleStems.toArray(String[]::new), exampleGroups, exampleStems.isEmpty(), false, 0));
        }
        if (before && after) {
            b.alternative = false;
            b.add(new Term(new String[0], 0, false, true));
        }
        return new KeyPointPattern(point, b.terms);
    }

    /** Collects terms: a repeated stem once, and a term after "or" as an alternative to the one before. */
    private static final class Builder {
        final List<Term> terms = new ArrayList<>();
        final Set<String> seen = new LinkedHashSet<>();
        boolean alternative;
        /** The term continues the previous one: adjacent words of one concept ("word error rate") are one term. */
        boolean adjacent;

        long lastGroups;
        int lastToken = -2;

        void add(Term t) {
            boolean fresh = false;
            for (String s : t.stems()) {
                fresh |= seen.add(s);
            }
            if (!fresh && t.stems().length > 0 && !t.figure()) {
                return;
            }
            if ((alternative || adjacent) && !terms.isEmpty()) {
                Term last = terms.remove(terms.size() - 1);
                String[] stems = java.util.stream.Stream.concat(
                                java.util.Arrays.stream(last.stems()), java.util.Arrays.stream(t.stems()))
                        .toArray(String[]::new);
                t = new Term(
                        stems,
                        last.groups() | t.groups(),
                        last.figure() || t.figure(),
                        last.change() || t.change(),
                        last.own() | t.own());
            }
            alternative = false;
            adjacent = false;
            terms.add(t);
        }
    }

    private static boolean onlySmallWordsBetween(Analysis p, int from, int to) {
        if (from < 0) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (!p.tokens.get(k).isWord() || !Concept.FUNCTION.in(p.tags[k])) {
                return false;
            }
        }
        return true;
    }

    private static Topics.Phrase phraseAt(Analysis p, int i, Topics topics) {
        List<Topics.Phrase> phrases = topics.phrasesFrom(p.stems[i]);
        if (phrases == null) {
            return null;
        }
        for (Topics.Phrase ph : phrases) {
            if (TextIndex.startsAt(p.stems, i, p.stems.length, ph.stems())) {
                return ph;
            }
        }
        return null;
    }

    /** Judges the point against an indexed answer. */
    Match match(TextIndex answer) {
        if (terms.isEmpty() || answer.counting == 0) {
            return new Match(false, -1);
        }
        int n = terms.size();
        long[] exact = new long[n];
        long[] byGroup = new long[n];
        for (int k = 0; k < n; k++) {
            Term term = terms.get(k);
            exact[k] = exactly(term, answer);
            byGroup[k] = term.groups() == 0 ? 0 : answer.sentencesWithGroups(term.groups()) & answer.counting;
        }
        int needed = (int) Math.ceil(COVERED * n);
        long rest = answer.counting;
        while (rest != 0) {
            int i = Long.numberOfTrailingZeros(rest);
            rest &= rest - 1;
            long single = 1L << i;
            if (hits(exact, byGroup, single) >= needed && figureMet(exact, single)) {
                return new Match(true, i);
            }
            long next = i < 63 ? answer.counting & (1L << (i + 1)) : 0;
            if (next != 0 && figureMet(exact, single | next)) {
                if (hits(exact, byGroup, single | next) >= needed) {
                    return new Match(true, hits(exact, byGroup, next) > hits(exact, byGroup, single) ? i + 1 : i);
                }
            }
        }
        return new Match(false, -1);
    }

    /**
     * Terms met in the window: by their own words, or by a word of their concept group; terms of
     * one group met only through it count once ("power budget in milliwatts" is not three terms met by "mW").
     */
    private int hits(long[] exact, long[] byGroup, long window) {
        int n = 0;
        long groupsUsed = 0;
        for (int k = 0; k < exact.length; k++) {
            if ((exact[k] & window) != 0) {
                n++;
                groupsUsed |= terms.get(k).own();
            }
        }
        for (int k = 0; k < exact.length; k++) {
            if ((exact[k] & window) == 0 && (byGroup[k] & window) != 0) {
                Term t = terms.get(k);
                long g = t.own() != 0 ? Long.lowestOneBit(t.own()) : Long.lowestOneBit(t.groups());
                if ((groupsUsed & g) == 0) {
                    groupsUsed |= g;
                    n++;
                }
            }
        }
        return n;
    }

    /** "measures", "reports": a key point about measuring is met only where a figure is given. */
    private boolean figureMet(long[] exact, long window) {
        for (int k = 0; k < exact.length; k++) {
            Term t = terms.get(k);
            if (t.figure() && t.stems().length == 1 && MEASURED.contains(t.stems()[0]) && (exact[k] & window) == 0) {
                return false;
            }
        }
        return true;
    }

    private static long exactly(Term term, TextIndex answer) {
        long bits = 0;
        for (String s : term.stems()) {
            bits |= answer.terms.bits(s);
        }
        if (term.figure()) {
            bits |= answer.quantities;
        }
        if (term.change()) {
            bits |= answer.changes;
        }
        return bits & answer.counting;
    }

    private static long widen(long groups) {
        return (groups & PRIVACY_FAMILY) != 0 ? groups | PRIVACY_FAMILY : groups;
    }
}
