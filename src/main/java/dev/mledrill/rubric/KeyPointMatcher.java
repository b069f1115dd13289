package dev.mledrill.rubric;

import dev.mledrill.rubric.Quantity.Dimension;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Matches a question's key points against an answer, tolerant of paraphrase: words are
 * compared by stem, and words of the same lexicon group stand in for each other
 * (latency/delay/lag/ms, battery/energy/power/mAh, accuracy/quality/top-1, ...). Examples in
 * a key point ("(NPU, GPU, CPU)", "such as int8 on the NPU") are alternatives: one is enough.
 * A key point is covered when at least half of its content words are matched.
 */
final class KeyPointMatcher {
    private static final double COVERED = 0.5;
    private static final Set<String> SKIPPED = Set.of("mention", "state", "explain", "discuss", "name", "give",
            "describ", "answer", "candid", "how", "why", "what", "e.g.", "i.e.", "etc", "includ", "note", "show", "say",
            "cover", "identifi", "exampl", "keep", "use", "make", "get", "do", "take", "ensur", "consid", "sever",
            "on", "thing", "wai", "kind", "part", "rather", "onli", "both", "same", "other", "such", "like", "well",
            "first", "new", "instead", "whether", "also", "real", "actual", "specif", "clear", "explicit");
    private static final Set<String> EXAMPLE_OPENERS = Set.of("such", "e.g.", "like", "including", "example");
    /** Concepts close enough to stand in for each other in a key point. */
    private static final long PRIVACY_FAMILY = Concept.LOCAL.bit | Concept.PRIVACY.bit | Concept.UPLOAD.bit;

    private KeyPointMatcher() {
    }

    static KeyPointCoverage match(List<String> keyPoints, Analysis a) {
        if (keyPoints.isEmpty()) {
            return KeyPointCoverage.NONE;
        }
        Set<String> stems = new HashSet<>();
        long groups = 0;
        for (Sentence s : a.sentences) {
            if (s.duplicate()) {
                continue;
            }
            for (int i = s.first(); i < s.end(); i++) {
                stems.add(a.stems[i]);
            }
            groups |= widen(s.tags() & Concept.KEY_POINT_GROUPS);
        }
        for (Quantity q : a.quantities) {
            groups |= groupOf(q.dimension());
        }
        List<String> covered = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (String point : keyPoints) {
            (isCovered(point, stems, groups) ? covered : missed).add(point);
        }
        return new KeyPointCoverage(covered, missed);
    }

    private static boolean isCovered(String point, Set<String> stems, long groups) {
        Analysis p = Analysis.of(point);
        int terms = 0;
        int matched = 0;
        boolean inExamples = false;
        int depth = 0;
        boolean exampleMatched = false;
        boolean exampleSeen = false;
        for (int i = 0; i < p.tokens.size(); i++) {
            Token t = p.tokens.get(i);
            depth += t.is("(") ? 1 : t.is(")") ? -1 : 0;
            inExamples |= EXAMPLE_OPENERS.contains(t.lower());
            if (!t.isWord() || Concept.FUNCTION.in(p.tags[i]) || SKIPPED.contains(p.stems[i])) {
                continue;
            }
            boolean hit = stems.contains(p.stems[i]) || (widen(p.tags[i] & Concept.KEY_POINT_GROUPS) & groups) != 0;
            if (inExamples || depth > 0) {
                exampleSeen = true;
                exampleMatched |= hit;
            } else {
                terms++;
                matched += hit ? 1 : 0;
            }
        }
        if (exampleSeen) {
            terms++;
            matched += exampleMatched ? 1 : 0;
        }
        return terms > 0 && matched >= COVERED * terms;
    }

    private static long widen(long groups) {
        return (groups & PRIVACY_FAMILY) != 0 ? groups | PRIVACY_FAMILY : groups;
    }

    private static long groupOf(Dimension d) {
        return switch (d) {
            case TIME, FRAME_RATE -> Concept.LATENCY.bit;
            case POWER, ENERGY, CHARGE, TEMPERATURE -> Concept.ENERGY.bit;
            case MEMORY, PARAMETERS -> Concept.MEMORY.bit;
            case QUALITY_METRIC, POINTS -> Concept.QUALITY.bit;
            default -> 0L;
        };
    }
}
