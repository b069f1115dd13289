package dev.mledrill.rubric;

/**
 * Risk and fallback: what happens if quality drops. A conditional plan ("if accuracy slips,
 * I'd distil from the server model") earns it all; a mitigation named without a trigger earns
 * half; watching the risk adds a little.
 */
final class FallbackDetector implements CriterionDetector {
    @Override
    public Finding assess(Analysis a) {
        Finding.Builder f = Finding.of(Criterion.FALLBACK);
        double best = 0;
        int bestToken = -1;
        int monitor = -1;
        for (Sentence s : a.counting()) {
            boolean action = s.has(Concept.FALLBACK);
            boolean condition = s.has(Concept.CONDITION);
            boolean risk = s.has(Concept.RISK) || s.has(Concept.QUALITY);
            boolean plannedTechnique = s.hasAny(Concept.TECHNIQUE) && hasModal(a, s);
            double level = 0;
            if (condition && risk && (action || plannedTechnique)) {
                level = 1.0;
            } else if (action && s.has(Concept.RISK) && !a.quantitiesIn(s).isEmpty()) {
                level = 1.0;
            } else if (condition && action) {
                level = 0.8;
            } else if (action) {
                level = 0.5;
            }
            if (level > best) {
                best = level;
                bestToken = a.findAny(s, Concept.FALLBACK, Concept.CONDITION, Concept.RISK);
            }
            if (monitor < 0 && s.has(Concept.MONITOR)) {
                monitor = a.find(s, Concept.MONITOR);
            }
        }
        if (bestToken >= 0) {
            f.earn(best, Quotes.clause(a, bestToken));
        }
        if (best < 1.0) {
            f.miss(best > 0 ? Hint.TRIGGER : Hint.PLAN);
        }
        if (monitor >= 0) {
            f.earn(0.3, Quotes.clause(a, monitor));
        }
        return f.build();
    }

    /** "I'd have distilled", "we would switch": a plan, not a report. */
    private static boolean hasModal(Analysis a, Sentence s) {
        for (int i = s.first(); i < s.end(); i++) {
            String w = a.tokens.get(i).lower();
            if (w.equals("would") || w.endsWith("'d") || w.equals("will") || w.endsWith("'ll")) {
                return true;
            }
        }
        return false;
    }
}
