package dev.mledrill.rubric;

import dev.mledrill.rubric.Quantity.Dimension;
import java.util.ArrayList;
import java.util.List;

/** Finds numbers with units; "8-bit" and bare counts ("20,000 photos") are not measurements. */
final class QuantityDetector {
    private QuantityDetector() {
    }

    static List<Quantity> detect(List<Token> tokens, List<Sentence> sentences) {
        List<Quantity> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (int i = s.first(); i < s.end(); i++) {
                Token t = tokens.get(i);
                if (!t.isNumber()) {
                    continue;
                }
                Quantity q = at(tokens, s, i);
                if (q != null) {
                    out.add(q);
                    i = q.last();
                }
            }
        }
        return out;
    }

    private static Quantity at(List<Token> tokens, Sentence s, int i) {
        Token number = tokens.get(i);
        double value;
        try {
            value = Double.parseDouble(number.lower().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        int next = i + 1;
        if (next < s.end()) {
            Token t = tokens.get(next);
            boolean adjacent = t.start() == number.end();
            if (t.is("-") && next + 1 < s.end() && tokens.get(next + 1).is("bit")) {
                return null;
            }
            Units.Unit unit = Units.after(t, adjacent);
            if (unit != null && needsParameters(t) && !(next + 1 < s.end() && isParameters(tokens.get(next + 1)))) {
                unit = null;
            }
            if (unit != null) {
                int last = extend(tokens, s, next, unit);
                return new Quantity(value, unit.name(), unit.dimension(), i, last, s.index(), number.start(),
                        tokens.get(last).end());
            }
            int multi = multiWord(tokens, s, next);
            if (multi > 0) {
                Dimension d = tokens.get(next).is("frames") ? Dimension.FRAME_RATE
                        : tokens.get(next).is("per") ? Dimension.PERCENT : Dimension.POINTS;
                String name = d == Dimension.FRAME_RATE ? "fps" : d == Dimension.PERCENT ? "%" : "points";
                return new Quantity(value, name, d, i, multi, s.index(),
                        number.start(), tokens.get(multi).end());
            }
        }
        for (int back = i - 1; back >= Math.max(s.first(), i - 3); back--) {
            Units.Unit metric = Units.metric(tokens.get(back));
            if (metric != null) {
                return new Quantity(value, metric.name(), metric.dimension(), back, i, s.index(),
                        tokens.get(back).start(), number.end());
            }
        }
        return null;
    }

    /** "600M parameters", "percentage points": let the unit swallow its second word. */
    private static int extend(List<Token> tokens, Sentence s, int unitIndex, Units.Unit unit) {
        int next = unitIndex + 1;
        if (next < s.end() && unit.dimension() == Dimension.PARAMETERS) {
            if (isParameters(tokens.get(next))) {
                return next;
            }
        }
        return unitIndex;
    }

    private static boolean needsParameters(Token unit) {
        return unit.is("million") || unit.is("billion");
    }

    private static boolean isParameters(Token t) {
        return t.is("parameters") || t.is("params");
    }

    /** "per cent", "percentage points", "frames per second": the last token of the unit, or -1. */
    private static int multiWord(List<Token> tokens, Sentence s, int at) {
        String w = tokens.get(at).lower();
        if (w.equals("per") && at + 1 < s.end() && tokens.get(at + 1).is("cent")) {
            return at + 1;
        }
        if (w.equals("percentage") && at + 1 < s.end() && tokens.get(at + 1).lower().startsWith("point")) {
            return at + 1;
        }
        if (w.equals("frames") && at + 2 < s.end() && tokens.get(at + 1).is("per")
                && tokens.get(at + 2).lower().startsWith("second")) {
            return at + 2;
        }
        return -1;
    }
}
