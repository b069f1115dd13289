package dev.mledrill.rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The product-first rubric as configured: criterion weights (out of 100), red-flag deductions,
 * score bands, how much a question's focus boosts its criteria, the share of earned points
 * that red flags can never take away, how relevance to the question and its key points weigh
 * (with a question only), and the version stored with every score.
 */
public record Rubric(
        String version,
        Map<Criterion, Double> weights,
        Map<RedFlagKind, Double> deductions,
        List<Band> bands,
        double focusBoost,
        double keptShare,
        RelevanceRule relevance,
        double keyPointShare) {

    /** A rubric with the default relevance rule and key-point share. */
    public Rubric(
            String version,
            Map<Criterion, Double> weights,
            Map<RedFlagKind, Double> deductions,
            List<Band> bands,
            double focusBoost,
            double keptShare) {
        this(
                version,
                weights,
                deductions,
                bands,
                focusBoost,
                keptShare,
                RelevanceRule.DEFAULTS,
                DEFAULT_KEY_POINT_SHARE);
    }

    public static final double DEFAULT_KEY_POINT_SHARE = 0.35;

    public Rubric {
        Objects.requireNonNull(version, "version");
        if (version.isBlank() || version.length() > 32) {
            throw new IllegalArgumentException("version must be 1..32 characters: '" + version + "'");
        }
        EnumMap<Criterion, Double> w = new EnumMap<>(Criterion.class);
        w.putAll(weights);
        for (Criterion c : Criterion.values()) {
            Double v = w.get(c);
            if (v == null || v < 0) {
                throw new IllegalArgumentException("weight of " + c.id() + " missing or negative");
            }
        }
        double sum = w.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 100) > 1e-6) {
            throw new IllegalArgumentException("weights must add up to 100, not " + sum);
        }
        weights = java.util.Collections.unmodifiableMap(w);
        for (RedFlagKind kind : RedFlagKind.pricedKinds()) {
            Double d = deductions.get(kind);
            if (d == null || d < 0 || d > 100) {
                throw new IllegalArgumentException("deduction for " + kind.id() + " missing or outside 0..100");
            }
        }
        deductions = java.util.Collections.unmodifiableMap(new EnumMap<>(deductions));
        List<Band> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparingDouble(Band::min).reversed());
        if (sorted.isEmpty() || sorted.get(sorted.size() - 1).min() != 0) {
            throw new IllegalArgumentException("bands must include one starting at 0");
        }
        bands = List.copyOf(sorted);
        if (focusBoost < 1 || focusBoost > 5) {
            throw new IllegalArgumentException("focus boost " + focusBoost + " outside 1..5");
        }
        if (keptShare < 0 || keptShare > 1) {
            throw new IllegalArgumentException("kept share " + keptShare + " outside 0..1");
        }
        java.util.Objects.requireNonNull(relevance, "relevance");
        if (keyPointShare < 0 || keyPointShare > 1) {
            throw new IllegalArgumentException("key point share " + keyPointShare + " outside 0..1");
        }
    }

    /** The defaults of shared/rubric.md (also written out in config/rubric.yaml). */
    public static Rubric defaults() {
        Map<Criterion, Double> w = new LinkedHashMap<>();
        w.put(Criterion.OUTCOME, 15.0);
        w.put(Criterion.EVIDENCE, 20.0);
        w.put(Criterion.CONSISTENCY, 15.0);
        w.put(Criterion.BUDGET, 15.0);
        w.put(Criterion.TRADEOFF, 15.0);
        w.put(Criterion.PRIVACY, 10.0);
        w.put(Criterion.FALLBACK, 10.0);
        Map<RedFlagKind, Double> d = Map.of(
                RedFlagKind.HEDGE,
                5.0,
                RedFlagKind.UNMEASURED_TECHNIQUE,
                8.0,
                RedFlagKind.RESEARCH_FIRST,
                12.0,
                RedFlagKind.KEYWORD_STUFFING,
                20.0,
                RedFlagKind.RAMBLING,
                8.0);
        List<Band> b =
                List.of(new Band("excellent", 75), new Band("good", 50), new Band("weak", 20), new Band("poor", 0));
        return new Rubric("2026.12-1", w, d, b, 1.5, 0.25);
    }

    /** Weights for a question: its focus criteria are multiplied by the boost, then all rescaled to 100. */
    public Map<Criterion, Double> weightsFor(Set<Criterion> focus) {
        if (focus.isEmpty() || focusBoost == 1) {
            return weights;
        }
        EnumMap<Criterion, Double> shifted = new EnumMap<>(Criterion.class);
        weights.forEach((c, w) -> shifted.put(c, focus.contains(c) ? w * focusBoost : w));
        double sum = shifted.values().stream().mapToDouble(Double::doubleValue).sum();
        shifted.replaceAll((c, w) -> w * 100 / sum);
        return shifted;
    }

    public double deduction(RedFlagKind kind) {
        return deductions.getOrDefault(kind, 0.0);
    }

    public String band(double total) {
        for (Band b : bands) {
            if (total >= b.min()) {
                return b.name();
            }
        }
        return bands.get(bands.size() - 1).name();
    }
}
