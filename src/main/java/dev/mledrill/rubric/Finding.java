package dev.mledrill.rubric;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a detector found for one criterion: credit from 0 to 1, the quotes that earned it,
 * and hints naming what is missing (they choose the rewrite tip).
 */
record Finding(Criterion criterion, double credit, List<Evidence> evidence, List<Hint> missing) {
    static final int QUOTES = 3;

    Finding {
        evidence = List.copyOf(evidence);
        missing = List.copyOf(missing);
        credit = Math.max(0, Math.min(1, credit));
    }

    static Builder of(Criterion criterion) {
        return new Builder(criterion);
    }

    static final class Builder {
        private final Criterion criterion;
        private final List<Evidence> evidence = new ArrayList<>(QUOTES);
        private final Set<Hint> missing = new LinkedHashSet<>();
        private double credit;

        private Builder(Criterion criterion) {
            this.criterion = criterion;
        }

        Builder earn(double amount, Evidence quote) {
            credit += amount;
            if (quote != null) {
                Quotes.add(evidence, quote, QUOTES);
            }
            return this;
        }

        /** Earns {@code amount} when {@code found}, otherwise records the hint. */
        Builder earnOrMiss(boolean found, double amount, Evidence quote, Hint hint) {
            return found ? earn(amount, quote) : miss(hint);
        }

        Builder miss(Hint hint) {
            missing.add(hint);
            return this;
        }

        Finding build() {
            return new Finding(criterion, credit, evidence, List.copyOf(missing));
        }
    }
}
