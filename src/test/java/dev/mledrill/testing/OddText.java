package dev.mledrill.testing;

import java.util.Random;

/**
 * Random text for fuzz tests: ASCII, accents, emoji (surrogate pairs), zero-width and bidi marks,
 * control characters, lone surrogates, and now and then a huge run. Every text carries {@link #MARK}
 * so a test can prove it never reached a log.
 */
public final class OddText {
    public static final String MARK = "\u27E6fz\u27E7";
    private static final String[] PIECES = {
        "latency ",
        "110 ms → 82 ms ",
        "INT8 ",
        "😀",
        "👩‍💻",
        "🔋",
        "\u200B",
        "\u200D",
        "\u2060",
        "\uFEFF",
        "\u200F",
        "\u202E",
        "مرحبا ",
        "日本語 ",
        "é",
        "ü",
        "\u0000",
        "\u0007",
        "\t",
        "\n",
        "\r\n",
        "\uD800",
        "\uDFFF",
        "<@U123>",
        "&amp;",
        "&lt;",
        "*bold* ",
        "`code` ",
        "\\",
        "\"",
        "'",
        "{}",
        "[]",
        " ",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ",
        "\u00A0",
        "\u3000",
    };

    private OddText() {}

    /** A text of up to {@code maxPieces} random pieces around the mark; one in {@code hugeOneIn} is over 10,000 characters. */
    public static String random(Random random, int maxPieces, int hugeOneIn) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(maxPieces + 1);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
            if (i == pieces / 2) {
                text.append(MARK);
            }
        }
        if (pieces == 0) {
            text.append(MARK);
        }
        if (hugeOneIn > 0 && random.nextInt(hugeOneIn) == 0) {
            text.append("x".repeat(10_000 + random.nextInt(5_000))).append(MARK);
        }
        return text.toString();
    }
}
