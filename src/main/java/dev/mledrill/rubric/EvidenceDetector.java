package dev.mledrill.rubric;

import java.util.HashSet;
import java.util.Set;

/**
 * Measured impact: figures with units, before→after pairs, and the named device or hardware
 * they were measured on. Only statements count: figures in a keyword list earn nothing, and a
 * figure repeated earns once.
 */
final class EvidenceDetector implements CriterionDetector {
    @Override
    public Finding assess(Analysis a) {
        Finding.Builder f = Finding.of(Criterion.EVIDENCE);
        double change = 0;
        Set<Long> seenChanges = new HashSet<>();
        for (Change c : a.changes) {
            if (a.sentences.get(c.sentence()).counts() && change < 0.45 && seenChanges.add(c.key())) {
                change += c.isPair() ? 0.3 : 0.15;
                f.earn(0, Quotes.range(a, c.first(), c.last()));
            }
        }
        boolean anyFigure = a.quantities.stream()
                .anyMatch(q -> a.sentences.get(q.sentence()).counts());
        int device = namedHardware(a);
        if (device >= 0) {
            f.earn(anyFigure ? 0.2 : 0.05, Quotes.clause(a, device));
        }
        Set<Long> figures = new HashSet<>();
        Quantity firstFigure = null;
        for (Quantity q : a.quantities) {
            if (a.sentences.get(q.sentence()).counts() && figures.add(q.key()) && firstFigure == null) {
                firstFigure = q;
            }
        }
        f.earnOrMiss(
                !figures.isEmpty(),
                Math.min(0.35, 0.12 * figures.size()),
                firstFigure == null ? null : Quotes.clause(a, firstFigure.first()),
                Hint.FIGURES);
        if (change > 0) {
            f.earn(Math.min(0.45, change), null);
        }
        if (a.changes.stream().noneMatch(Change::isPair)) {
            f.miss(Hint.BEFORE_AFTER);
        }
        if (device < 0) {
            f.miss(Hint.DEVICE);
        }
        return f.build();
    }

    /** A device named with a model or tier ("iPhone 11", "mid-range Android") or an accelerator, or -1. */
    static int namedHardware(Analysis a) {
        for (Sentence s : a.counting()) {
            for (int i = s.first(); i < s.end(); i++) {
                if (a.tagged(i, Concept.ACCELERATOR)) {
                    return i;
                }
                if (!a.tagged(i, Concept.DEVICE)) {
                    continue;
                }
                boolean model = i + 1 < s.end() && (a.tokens.get(i + 1).isNumber() || isModelName(a.tokens.get(i + 1)));
                boolean tier = (i > s.first() && a.tagged(i - 1, Concept.DEVICE_TIER))
                        || (i > s.first() + 1 && a.tagged(i - 2, Concept.DEVICE_TIER));
                boolean brand = i > s.first()
                        && !a.tokens.get(i).text().equals(a.tokens.get(i).lower());
                if (model || tier || brand) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean isModelName(Token t) {
        if (!t.isWord() || t.text().length() > 6) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < t.text().length(); i++) {
            digit |= Character.isDigit(t.text().charAt(i));
        }
        return digit
                || t.text().equals("Pro")
                || t.text().equals("Max")
                || t.text().equals("Ultra");
    }
}
