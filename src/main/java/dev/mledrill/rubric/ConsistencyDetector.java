package dev.mledrill.rubric;

import dev.mledrill.rubric.Quantity.Dimension;

/**
 * Quality kept against a baseline: a quality metric compared with a reference (FP32, teacher,
 * cloud model, the model before) within a stated tolerance. The best sentence sets the credit.
 */
final class ConsistencyDetector implements CriterionDetector {
    @Override
    public Finding assess(Analysis a) {
        double best = 0;
        Sentence bestSentence = null;
        boolean baselineNamed = false;
        boolean quantifiedAny = false;
        for (Sentence s : a.counting()) {
            boolean baseline = s.has(Concept.BASELINE);
            boolean quantified = hasQualityFigure(a, s);
            // "within 10 points of the server model" is a quality comparison even without the metric's name
            if (!s.has(Concept.QUALITY)
                    && !((baseline || pointsOrScore(a, s)) && quantified && s.has(Concept.TOLERANCE))) {
                continue;
            }
            boolean pair = a.changes.stream().anyMatch(c -> c.sentence() == s.index() && c.isPair());
            boolean tolerance = s.has(Concept.TOLERANCE);
            double level;
            if (quantified && (baseline || (pair && tolerance))) {
                level = 1.0;
            } else if (quantified && pair) {
                level = 0.85;
            } else if (quantified) {
                level = tolerance || changed(a, s) ? 0.6 : 0.45;
            } else if (baseline) {
                level = 0.35;
            } else {
                level = s.has(Concept.CHECK) ? 0.15 : 0.1;
            }
            baselineNamed |= baseline || pair;
            quantifiedAny |= quantified;
            if (level > best) {
                best = level;
                bestSentence = s;
            }
        }
        Finding.Builder f = Finding.of(Criterion.CONSISTENCY);
        if (bestSentence != null) {
            int at = a.findAny(bestSentence, Concept.QUALITY, Concept.BASELINE, Concept.TOLERANCE);
            f.earn(best, Quotes.clause(a, at));
        } else {
            f.miss(Hint.QUALITY);
        }
        if (!baselineNamed) {
            f.miss(Hint.BASELINE);
        }
        if (!quantifiedAny) {
            f.miss(Hint.TOLERANCE);
        }
        return f.build();
    }

    private static boolean hasQualityFigure(Analysis a, Sentence s) {
        for (Quantity q : a.quantitiesIn(s)) {
            Dimension d = q.dimension();
            if (d == Dimension.PERCENT || d == Dimension.POINTS || d == Dimension.QUALITY_METRIC) {
                return true;
            }
        }
        return false;
    }

    /** Points and metric scores only measure quality. */
    private static boolean pointsOrScore(Analysis a, Sentence s) {
        return a.quantitiesIn(s).stream()
                .anyMatch(q -> q.dimension() == Dimension.POINTS || q.dimension() == Dimension.QUALITY_METRIC);
    }

    private static boolean changed(Analysis a, Sentence s) {
        return a.changes.stream().anyMatch(c -> c.sentence() == s.index());
    }
}
