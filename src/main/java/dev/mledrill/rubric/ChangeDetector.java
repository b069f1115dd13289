package dev.mledrill.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds before→after pairs and relative changes among an answer's quantities. */
final class ChangeDetector {
    private static final Set<String> PAIR_LINKS =
            Set.of("to", "→", "became", "become", "becomes", "vs", "versus", "down", "dropped", "fell", "went");
    /** Verbs that only describe a change with both ends given ("took it from 19 ms to 7 ms"). */
    private static final Set<String> PAIR_ONLY_VERBS =
            Set.of("took", "take", "takes", "brought", "bring", "went", "became", "become", "becomes", "moved");

    private static final Set<String> APPROXIMATELY = Set.of(
            "about", "around", "roughly", "~", "by", "almost", "nearly", "over", "only", "just", "another", "a",
            "further");

    private ChangeDetector() {}

    static List<Change> detect(Analysis a) {
        List<Change> out = new ArrayList<>();
        List<Quantity> qs = a.quantities;
        boolean[] used = new boolean[qs.size()];
        for (int k = 0; k + 1 < qs.size(); k++) {
            Quantity q1 = qs.get(k);
            Quantity q2 = qs.get(k + 1);
            if (q1.sentence() != q2.sentence()
                    || !compatible(q1, q2)
                    || q2.first() - q1.last() > gapAllowed(a, q1, q2)) {
                continue;
            }
            Change c = pair(a, q1, q2);
            if (c != null) {
                out.add(c);
                used[k] = true;
                used[k + 1] = true;
                k++;
            }
        }
        for (int k = 0; k < qs.size(); k++) {
            if (!used[k]) {
                Change c = relative(a, qs.get(k));
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Pairs sit close together; "X on an iPhone 12 instead of Y" may stretch further. */
    private static int gapAllowed(Analysis a, Quantity q1, Quantity q2) {
        for (int i = q1.last() + 1; i < q2.first(); i++) {
            if (a.tokens.get(i).is("instead") || a.tokens.get(i).is("rather")) {
                return 9;
            }
        }
        return 4;
    }

    private static boolean compatible(Quantity q1, Quantity q2) {
        return q1.dimension() == q2.dimension() && q1.dimension() != Quantity.Dimension.FACTOR;
    }

    private static Change pair(Analysis a, Quantity q1, Quantity q2) {
        boolean linked = false;
        for (int i = q1.last() + 1; i < q2.first(); i++) {
            String w = a.tokens.get(i).lower();
            if (w.equals("instead") || w.equals("rather")) {
                return new Change(q2, q1, q1.first(), q2.last(), q1.sentence());
            }
            linked |= PAIR_LINKS.contains(w);
        }
        boolean from = q1.first() > 0 && a.tokens.get(q1.first() - 1).is("from");
        return linked || from ? new Change(q1, q2, from ? q1.first() - 1 : q1.first(), q2.last(), q1.sentence()) : null;
    }

    /** "cut latency by 30 %", "dropped about 1%", "18% less energy", "1.1 BLEU below the cloud model". */
    private static Change relative(Analysis a, Quantity q) {
        int next = q.last() + 1;
        Sentence s = a.sentences.get(q.sentence());
        if (next < s.end() && a.tagged(next, Concept.COMPARATIVE)) {
            return new Change(null, q, q.first(), next, q.sentence());
        }
        int i = q.first() - 1;
        while (i >= s.first()
                && i >= q.first() - 3
                && APPROXIMATELY.contains(a.tokens.get(i).lower())) {
            i--;
        }
        for (int back = i; back >= s.first() && back >= i - 3; back--) {
            if (a.tagged(back, Concept.CHANGE_VERB)
                    && !PAIR_ONLY_VERBS.contains(a.tokens.get(back).lower())) {
                return new Change(null, q, back, q.last(), q.sentence());
            }
        }
        return null;
    }
}
