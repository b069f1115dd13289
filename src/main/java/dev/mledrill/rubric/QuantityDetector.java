package dev.mledrill.rubric;

import dev.mledrill.rubric.Quantity.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds numbers with units: "52 ms", "18%", "0.1-point", "six hours", "11 tokens per second",
 * "BLEU 28.1", and decimals in a sentence about quality ("recall@5 from 0.71 to 0.79").
 * "8-bit" and bare counts ("20,000 photos") are not measurements.
 */
final class QuantityDetector {
    private static final Map<String, Double> WORD_NUMBERS = Map.ofEntries(
            Map.entry("one", 1.0),
            Map.entry("two", 2.0),
            Map.entry("three", 3.0),
            Map.entry("four", 4.0),
            Map.entry("five", 5.0),
            Map.entry("six", 6.0),
            Map.entry("seven", 7.0),
            Map.entry("eight", 8.0),
            Map.entry("nine", 9.0),
            Map.entry("ten", 10.0),
            Map.entry("twenty", 20.0),
            Map.entry("thirty", 30.0),
            Map.entry("half", 0.5));
    private static final Set<String> QUALITY_CONTEXT = Set.of("toler", "gap", "pariti", "score", "accuraci");

    private QuantityDetector() {}

    static List<Quantity> detect(Analysis a) {
        List<Quantity> out = new ArrayList<>();
        for (Sentence s : a.sentences) {
            boolean qualitySentence = s.has(Concept.QUALITY) || hasStem(a, s, QUALITY_CONTEXT);
            for (int i = s.first(); i < s.end(); i++) {
                Token t = a.tokens.get(i);
                Double value = value(t);
                if (value == null) {
                    continue;
                }
                Quantity q = withUnit(a.tokens, s, i, value);
                if (q == null && t.isNumber() && qualitySentence && t.lower().contains(".")) {
                    q = new Quantity(value, "score", Dimension.QUALITY_METRIC, i, i, s.index(), t.start(), t.end());
                }
                if (q != null) {
                    out.add(q);
                    i = q.last();
                }
            }
        }
        return out;
    }

    private static Double value(Token t) {
        if (t.isWord()) {
            return WORD_NUMBERS.get(t.lower());
        }
        if (!t.isNumber()) {
            return null;
        }
        try {
            return Double.parseDouble(t.lower().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Quantity withUnit(List<Token> tokens, Sentence s, int i, double value) {
        Token number = tokens.get(i);
        int next = i + 1;
        if (next < s.end()) {
            Token t = tokens.get(next);
            boolean adjacent = t.start() == number.end() && number.isNumber();
            if (t.is("-") && next + 1 < s.end() && t.start() == number.end()) {
                // "8-bit" is a precision, not a measurement; "0.1-point", "10-minute" are quantities
                if (tokens.get(next + 1).is("bit")) {
                    return null;
                }
                t = tokens.get(++next);
                adjacent = true;
            }
            int rate = rate(tokens, s, next);
            if (rate > 0) {
                String name =
                        tokens.get(next).is("frames") ? "fps" : tokens.get(next).lower() + "/s";
                return quantity(tokens, s, i, rate, value, name, Dimension.FRAME_RATE);
            }
            Units.Unit unit = Units.after(t, adjacent);
            if (unit != null && needsParameters(t) && !(next + 1 < s.end() && isParameters(tokens.get(next + 1)))) {
                unit = null;
            }
            if (unit != null) {
                int last = unit.dimension() == Dimension.PARAMETERS
                                && next + 1 < s.end()
                                && isParameters(tokens.get(next + 1))
                        ? next + 1
                        : next;
                return quantity(tokens, s, i, last, value, unit.name(), unit.dimension());
            }
            int multi = multiWord(tokens, s, next);
            if (multi > 0) {
                boolean percent = tokens.get(next).is("per");
                return quantity(
                        tokens,
                        s,
                        i,
                        multi,
                        value,
                        percent ? "%" : "points",
                        percent ? Dimension.PERCENT : Dimension.POINTS);
            }
        }
        if (!number.isNumber()) {
            return null;
        }
        for (int back = i - 1; back >= Math.max(s.first(), i - 3); back--) {
            Units.Unit metric = Units.metric(tokens.get(back));
            if (metric != null) {
                return new Quantity(
                        value,
                        metric.name(),
                        metric.dimension(),
                        back,
                        i,
                        s.index(),
                        tokens.get(back).start(),
                        number.end());
            }
        }
        return null;
    }

    private static Quantity quantity(
            List<Token> tokens, Sentence s, int first, int last, double value, String unit, Dimension d) {
        return new Quantity(
                value,
                unit,
                d,
                first,
                last,
                s.index(),
                tokens.get(first).start(),
                tokens.get(last).end());
    }

    /** "tokens per second", "frames per second", "queries per second": the last token, or -1. */
    private static int rate(List<Token> tokens, Sentence s, int at) {
        if (at + 2 >= s.end() || !tokens.get(at).isWord() || !tokens.get(at + 1).is("per")) {
            return -1;
        }
        String unit = tokens.get(at + 2).lower();
        return unit.startsWith("second") || unit.equals("s") || unit.equals("sec") ? at + 2 : -1;
    }

    private static boolean needsParameters(Token unit) {
        return unit.is("million") || unit.is("billion");
    }

    private static boolean isParameters(Token t) {
        return t.is("parameters") || t.is("params");
    }

    /** "per cent", "percentage points": the last token of the unit, or -1. */
    private static int multiWord(List<Token> tokens, Sentence s, int at) {
        String w = tokens.get(at).lower();
        if (w.equals("per") && at + 1 < s.end() && tokens.get(at + 1).is("cent")) {
            return at + 1;
        }
        if (w.equals("percentage")
                && at + 1 < s.end()
                && tokens.get(at + 1).lower().startsWith("point")) {
            return at + 1;
        }
        return -1;
    }

    private static boolean hasStem(Analysis a, Sentence s, Set<String> stems) {
        for (int i = s.first(); i < s.end(); i++) {
            if (stems.contains(a.stems[i])) {
                return true;
            }
        }
        return false;
    }
}
