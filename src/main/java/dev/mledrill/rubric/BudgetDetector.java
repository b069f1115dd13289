package dev.mledrill.rubric;

import java.util.Set;

/**
 * Compute and consumption: a stated budget (a target figure in latency, memory, power or
 * compute), the hardware or envelope it must fit, and the battery, energy or thermal side.
 */
final class BudgetDetector implements CriterionDetector {
    private static final Set<String> BUDGET_NOUNS = Set.of(
            "budget",
            "target",
            "goal",
            "aim",
            "bar",
            "requir",
            "sla",
            "slo",
            "limit",
            "envelop",
            "cap",
            "ceil",
            "threshold");
    private static final int CUE_WINDOW = 4;

    @Override
    public Finding assess(Analysis a) {
        Finding.Builder f = Finding.of(Criterion.BUDGET);
        Quantity target = null;
        int vagueBudget = -1;
        for (Sentence s : a.counting()) {
            boolean noun = hasBudgetNoun(a, s);
            for (Quantity q : a.quantitiesIn(s)) {
                if (target == null && q.dimension().isBudget() && (noun || cueBefore(a, s, q))) {
                    target = q;
                }
            }
            if (vagueBudget < 0 && noun && s.hasAny(Concept.LATENCY.bit | Concept.MEMORY.bit | Concept.ENERGY.bit)) {
                vagueBudget = s.first();
            }
        }
        if (target != null) {
            f.earn(0.45, Quotes.clause(a, target.first()));
        } else if (vagueBudget >= 0) {
            f.earn(0.15, Quotes.clause(a, vagueBudget)).miss(Hint.TARGET);
        } else {
            f.miss(Hint.TARGET);
        }
        f.earnOrMiss(resource(a) >= 0, 0.2, resource(a) >= 0 ? Quotes.clause(a, resource(a)) : null, Hint.RESOURCE);
        consumption(a, f);
        return f.build();
    }

    private static void consumption(Analysis a, Finding.Builder f) {
        Sentence words = null;
        for (Sentence s : a.counting()) {
            if (!s.has(Concept.ENERGY)) {
                continue;
            }
            boolean figure = a.quantitiesIn(s).stream()
                    .anyMatch(q -> q.dimension().isConsumption() || q.dimension() == Quantity.Dimension.PERCENT);
            if (figure) {
                f.earn(0.35, Quotes.clause(a, a.find(s, Concept.ENERGY)));
                return;
            }
            words = words == null ? s : words;
        }
        if (words != null) {
            f.earn(0.2, Quotes.clause(a, a.find(words, Concept.ENERGY))).miss(Hint.ENERGY_FIGURE);
        } else {
            f.miss(Hint.ENERGY);
        }
    }

    /** An accelerator, a compute figure or a memory figure in a statement, or -1. */
    private static int resource(Analysis a) {
        for (Sentence s : a.counting()) {
            int acc = a.find(s, Concept.ACCELERATOR);
            if (acc >= 0) {
                return acc;
            }
            for (Quantity q : a.quantitiesIn(s)) {
                if (q.dimension() == Quantity.Dimension.COMPUTE || q.dimension() == Quantity.Dimension.MEMORY) {
                    return q.first();
                }
            }
        }
        return -1;
    }

    private static boolean hasBudgetNoun(Analysis a, Sentence s) {
        for (int i = s.first(); i < s.end(); i++) {
            if (a.tagged(i, Concept.TARGET) && BUDGET_NOUNS.contains(a.stems[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean cueBefore(Analysis a, Sentence s, Quantity q) {
        for (int i = q.first() - 1; i >= Math.max(s.first(), q.first() - CUE_WINDOW); i--) {
            if (a.tagged(i, Concept.TARGET)) {
                return true;
            }
        }
        return false;
    }
}
