package dev.mledrill.rubric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rubric's red flags: hedges with no target, a technique with nothing measured, math with
 * no product link, keyword stuffing, and rambling. Each hit carries the words that raised it.
 */
final class RedFlagDetector {
    private static final int STUFFED_TERMS = 5;
    private static final int RAMBLING_WORDS = 120;
    private static final int WORDS_PER_FIGURE = 100;
    private static final int RESEARCH_TERMS = 3;

    private RedFlagDetector() {}

    static List<FlagHit> detect(Analysis a) {
        List<FlagHit> hits = new ArrayList<>(2);
        boolean measured = a.quantities.stream()
                .anyMatch(q -> a.sentences.get(q.sentence()).counts());
        hedge(a).ifPresent(hits::add);
        if (!measured) {
            unmeasured(a).ifPresent(hits::add);
        }
        researchFirst(a).ifPresent(hits::add);
        stuffing(a).ifPresent(hits::add);
        rambling(a).ifPresent(hits::add);
        return hits;
    }

    private static Optional<FlagHit> hedge(Analysis a) {
        boolean decided = a.counting().stream().anyMatch(s -> s.has(Concept.CHOICE) || s.has(Concept.REJECT));
        List<Evidence> quotes = Quotes.list();
        for (Sentence s : a.sentences) {
            if (s.duplicate() || !a.quantitiesIn(s).isEmpty()) {
                continue;
            }
            for (int i = s.first(); i < s.end(); i++) {
                if (!a.tagged(i, Concept.HEDGE)) {
                    continue;
                }
                int j = i;
                while (j + 1 < s.end() && a.tagged(j + 1, Concept.HEDGE)) {
                    j++;
                }
                boolean dependsOnly = a.stems[i].equals("it") || a.stems[i].equals("depend");
                if (!(dependsOnly && decided) && !asked(a, s, i)) {
                    Quotes.add(quotes, Quotes.span(a, i, j), Finding.QUOTES);
                }
                i = j;
            }
        }
        return quotes.isEmpty()
                ? Optional.empty()
                : Optional.of(new FlagHit(
                        RedFlagKind.HEDGE,
                        "a hedge with no target: say the number it has to meet and what it was measured at",
                        quotes));
    }

    /** "whether the captions are good enough", "is it fast enough?": a question posed, not a hedge. */
    private static boolean asked(Analysis a, Sentence s, int at) {
        if (a.tokens.get(s.end() - 1).is("?")) {
            return true;
        }
        for (int i = Math.max(s.first(), at - 6); i < at; i++) {
            if (a.tokens.get(i).is("whether")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<FlagHit> unmeasured(Analysis a) {
        for (Sentence s : a.sentences) {
            int t = a.find(s, Concept.QUANTIZATION);
            for (Concept c : new Concept[] {Concept.PRUNING, Concept.DISTILLATION, Concept.ARCHITECTURE}) {
                t = t >= 0 ? t : a.find(s, c);
            }
            if (!s.duplicate() && t >= 0) {
                return Optional.of(new FlagHit(
                        RedFlagKind.UNMEASURED_TECHNIQUE,
                        "a technique named with nothing measured: give its effect in ms, MB, mW or accuracy points",
                        List.of(Quotes.clause(a, t))));
            }
        }
        return Optional.empty();
    }

    private static Optional<FlagHit> researchFirst(Analysis a) {
        Set<String> math = new HashSet<>();
        int firstMath = -1;
        long product = Concept.USER.bit
                | Concept.EXPERIENCE.bit
                | Concept.DEVICE.bit
                | Concept.ACCELERATOR.bit
                | Concept.LOCAL.bit
                | Concept.ENERGY.bit;
        for (Sentence s : a.sentences) {
            if (s.counts() && s.hasAny(product)) {
                return Optional.empty();
            }
            for (int i = s.first(); i < s.end(); i++) {
                if (a.tagged(i, Concept.MATH) && math.add(a.stems[i]) && firstMath < 0) {
                    firstMath = i;
                }
            }
        }
        if (math.size() < RESEARCH_TERMS) {
            return Optional.empty();
        }
        return Optional.of(new FlagHit(
                RedFlagKind.RESEARCH_FIRST,
                "research first: the math never reaches a user, a device or the product",
                List.of(Quotes.clause(a, firstMath))));
    }

    private static Optional<FlagHit> stuffing(Analysis a) {
        List<Evidence> quotes = Quotes.list();
        for (Sentence s : a.sentences) {
            boolean list = !s.connected() && s.terms() >= STUFFED_TERMS;
            boolean dense =
                    s.connected() && s.words() >= 8 && s.termDensity() >= 0.6 && s.functionWords() * 5 < s.words();
            if (!s.duplicate() && (list || dense)) {
                Quotes.add(quotes, Quotes.sentence(a, s), Finding.QUOTES);
            }
        }
        return quotes.isEmpty()
                ? Optional.empty()
                : Optional.of(new FlagHit(
                        RedFlagKind.KEYWORD_STUFFING,
                        "keyword stuffing: terms and numbers with no sentence that connects them earn nothing",
                        quotes));
    }

    private static Optional<FlagHit> rambling(Analysis a) {
        if (a.words < RAMBLING_WORDS) {
            return Optional.empty();
        }
        Set<Long> figures = new HashSet<>();
        a.quantities.stream()
                .filter(q -> a.sentences.get(q.sentence()).counts())
                .forEach(q -> figures.add(q.key()));
        boolean longAndBare = figures.isEmpty() || a.words >= 2 * RAMBLING_WORDS;
        if (!longAndBare || figures.size() * WORDS_PER_FIGURE > a.words) {
            return Optional.empty();
        }
        return Optional.of(new FlagHit(
                RedFlagKind.RAMBLING,
                "rambling: " + a.words + " words and " + figures.size()
                        + " figures; length earns nothing, measurements do",
                List.of(Quotes.sentence(a, a.sentences.get(0)))));
    }
}
