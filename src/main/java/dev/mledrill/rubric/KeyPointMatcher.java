package dev.mledrill.rubric;

import dev.mledrill.rubric.Quantity.Dimension;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Matches a question's key points against an answer, tolerant of paraphrase: words are
 * compared by stem, and words of the same lexicon group stand in for each other
 * (latency/delay/lag/ms, battery/energy/power/mAh, accuracy/quality/top-1, ...).
 * A key point is covered when most of its content words are matched.
 */
final class KeyPointMatcher {
    private static final double COVERED = 0.6;
    private static final Set<String> INSTRUCTION_WORDS = Set.of("mention", "state", "explain", "discuss", "name",
            "give", "describ", "answer", "candid", "how", "why", "what", "e.g.", "i.e.", "etc", "includ", "note",
            "show", "say", "cover", "identifi", "exampl");

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
            groups |= s.tags() & Concept.KEY_POINT_GROUPS;
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
        for (int i = 0; i < p.tokens.size(); i++) {
            Token t = p.tokens.get(i);
            long tags = p.tags[i];
            if (!t.isWord() || Concept.FUNCTION.in(tags) || INSTRUCTION_WORDS.contains(p.stems[i])) {
                continue;
            }
            terms++;
            long group = tags & Concept.KEY_POINT_GROUPS;
            if (stems.contains(p.stems[i]) || (group & groups) != 0) {
                matched++;
            }
        }
        return terms > 0 && matched >= COVERED * terms;
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
