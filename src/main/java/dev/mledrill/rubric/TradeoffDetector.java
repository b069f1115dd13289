package dev.mledrill.rubric;

import java.util.List;

/**
 * Trade-off reasoning: options weighed, a decision, the reason tied to what the user meets,
 * and what was given up. "It depends" with no decision earns nothing.
 */
final class TradeoffDetector implements CriterionDetector {
    private static final long OPTION_CONCEPTS =
            Concept.TECHNIQUE | Concept.BASELINE.bit | Concept.ACCELERATOR.bit | Concept.FALLBACK.bit;
    private static final java.util.Set<String> CONTRASTS =
            java.util.Set.of("while", "whereas", "but", "against", "than", "vs", "versus", "compared");
    private static final java.util.Set<String> OPTION_WORDS = java.util.Set.of(
            "model",
            "version",
            "variant",
            "approach",
            "architectur",
            "backbon",
            "student",
            "encod",
            "decod",
            "network",
            "precis",
            "runtim");

    @Override
    public Finding assess(Analysis a) {
        Finding.Builder f = Finding.of(Criterion.TRADEOFF);
        int options = -1;
        int decision = -1;
        int reasoned = -1;
        int cost = -1;
        int lastCompared = -10;
        for (Sentence s : a.counting()) {
            boolean chose = s.has(Concept.CHOICE) || s.has(Concept.REJECT);
            boolean compared = (s.has(Concept.COMPARE)
                            || s.has(Concept.REJECT)
                            || (chose && hasWord(a, s, "over"))
                            || contrastsTechniques(a, s))
                    && namesAnOption(a, s);
            lastCompared = compared ? s.index() : lastCompared;
            // a decision is only a trade-off when the options were on the table (this sentence or the one before)
            boolean decided = chose && s.index() - lastCompared <= 1;
            boolean grounded = s.has(Concept.USER)
                    || s.has(Concept.EXPERIENCE)
                    || !a.quantitiesIn(s).isEmpty();
            if (options < 0 && compared) {
                options = a.findAny(s, Concept.COMPARE, Concept.REJECT, Concept.CHOICE);
            }
            if (decision < 0 && decided) {
                decision = a.findAny(s, Concept.REJECT, Concept.CHOICE);
            }
            if (reasoned < 0 && decided && s.has(Concept.REASON) && grounded) {
                reasoned = a.find(s, Concept.REASON);
            }
            if (cost < 0
                    && s.has(Concept.COST)
                    && (decided || compared || !a.quantitiesIn(s).isEmpty())) {
                cost = a.find(s, Concept.COST);
            }
        }
        if (options < 0) {
            cost = -1;
        }
        f.earnOrMiss(options >= 0, 0.3, options >= 0 ? Quotes.clause(a, options) : null, Hint.OPTIONS);
        f.earnOrMiss(decision >= 0, 0.3, decision >= 0 ? Quotes.clause(a, decision) : null, Hint.DECISION);
        f.earnOrMiss(reasoned >= 0, 0.25, reasoned >= 0 ? Quotes.clause(a, reasoned) : null, Hint.SCENARIO);
        f.earnOrMiss(cost >= 0, 0.15, cost >= 0 ? Quotes.clause(a, cost) : null, Hint.COST);
        return f.build();
    }

    /** Something concrete to weigh: a technique, a model, hardware, a precision or a figure. */
    private static boolean namesAnOption(Analysis a, Sentence s) {
        if (s.hasAny(OPTION_CONCEPTS) || !a.quantitiesIn(s).isEmpty()) {
            return true;
        }
        for (int i = s.first(); i < s.end(); i++) {
            if (OPTION_WORDS.contains(a.stems[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two options set against each other: "int4 everywhere raised errors to 5.4 percent, while int8
     * was at 2.9", "accurate 82 percent of the time against 90 percent for the cloud model".
     */
    private static boolean contrastsTechniques(Analysis a, Sentence s) {
        List<Quantity> figures = a.quantitiesIn(s);
        if (figures.isEmpty()) {
            return false;
        }
        java.util.Set<String> techniques = new java.util.HashSet<>();
        boolean contrast = false;
        for (int i = s.first(); i < s.end(); i++) {
            if ((a.tags[i] & Concept.TECHNIQUE) != 0) {
                techniques.add(a.stems[i]);
            }
            contrast |= CONTRASTS.contains(a.tokens.get(i).lower());
        }
        boolean twoFigures =
                figures.stream().map(Quantity::dimension).distinct().count() < figures.size();
        return contrast && (techniques.size() >= 2 || twoFigures);
    }

    private static boolean hasWord(Analysis a, Sentence s, String lower) {
        for (int i = s.first(); i < s.end(); i++) {
            if (a.tokens.get(i).is(lower)) {
                return true;
            }
        }
        return false;
    }
}
