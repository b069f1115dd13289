package dev.mledrill.rubric;

import dev.mledrill.rubric.Quantity.Dimension;
import java.util.HashMap;
import java.util.Map;

/** Unit words after a number, by lower-case spelling; a few only count as written ("W", "M", "B"). */
final class Units {
    record Unit(String name, Dimension dimension) {}

    private static final Map<String, Unit> BY_LOWER = new HashMap<>();
    private static final Map<String, Unit> EXACT = new HashMap<>();
    private static final Map<String, Unit> METRICS = new HashMap<>();

    static {
        put(Dimension.TIME, "ms", "ms", "msec", "millisecond", "milliseconds", "µs", "microseconds");
        put(Dimension.TIME, "s", "sec", "secs", "second", "seconds");
        put(Dimension.TIME, "min", "min", "mins", "minute", "minutes");
        put(Dimension.TIME, "h", "hour", "hours", "hrs");
        put(Dimension.FRAME_RATE, "fps", "fps", "hz");
        put(Dimension.PERCENT, "%", "%", "percent");
        put(Dimension.POINTS, "points", "points", "point", "pts", "pp");
        put(Dimension.POWER, "mW", "mw", "milliwatt", "milliwatts", "µw", "uw");
        put(Dimension.POWER, "W", "watt", "watts");
        put(Dimension.ENERGY, "mJ", "mj", "millijoules", "joules", "mwh", "wh");
        put(Dimension.CHARGE, "mAh", "mah");
        put(Dimension.MEMORY, "KB", "kb", "kib", "kilobytes");
        put(Dimension.MEMORY, "MB", "mb", "mib", "megabytes");
        put(Dimension.MEMORY, "GB", "gb", "gib", "gigabytes");
        put(Dimension.MEMORY, "bytes", "bytes", "tb");
        put(Dimension.PARAMETERS, "params", "params", "parameters", "million", "billion");
        put(
                Dimension.COMPUTE,
                "GFLOPs",
                "gflops",
                "gflop",
                "flops",
                "mflops",
                "tflops",
                "macs",
                "gmacs",
                "mmacs",
                "tops",
                "gops");
        put(Dimension.FACTOR, "x", "×");
        put(Dimension.TEMPERATURE, "°C", "degrees", "°");
        EXACT.put("W", new Unit("W", Dimension.POWER));
        EXACT.put("J", new Unit("J", Dimension.ENERGY));
        EXACT.put("M", new Unit("params", Dimension.PARAMETERS));
        EXACT.put("B", new Unit("params", Dimension.PARAMETERS));
        EXACT.put("K", new Unit("K", Dimension.PARAMETERS));
        for (String m : new String[] {
            "bleu", "wer", "cer", "iou", "miou", "map", "f1", "top-1", "top-5", "psnr", "db", "rouge", "auc", "ndcg"
        }) {
            METRICS.put(
                    m,
                    new Unit(m.equals("map") ? "mAP" : m.toUpperCase(java.util.Locale.ROOT), Dimension.QUALITY_METRIC));
        }
    }

    private Units() {}

    private static void put(Dimension d, String name, String... spellings) {
        BY_LOWER.put(name.toLowerCase(java.util.Locale.ROOT), new Unit(name, d));
        for (String s : spellings) {
            BY_LOWER.put(s, new Unit(name, d));
        }
    }

    /** The unit a token names right after a number, if any. */
    static Unit after(Token t, boolean adjacent) {
        Unit exact = EXACT.get(t.text());
        if (exact != null && adjacent) {
            return exact;
        }
        Unit u = BY_LOWER.get(t.lower());
        if (u == null) {
            return METRICS.get(t.lower());
        }
        // "x" is only a unit when written onto the number ("3x")
        if (t.lower().equals("x") && !adjacent) {
            return null;
        }
        return u;
    }

    /** A quality metric named before a bare number ("BLEU 28.1", "WER of 7.9"). */
    static Unit metric(Token t) {
        return t.isWord() ? METRICS.get(t.lower()) : null;
    }
}
