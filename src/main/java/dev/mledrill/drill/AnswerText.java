package dev.mledrill.drill;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for an answer's text. The original text is what gets stored; invisible format
 * characters (zero-width spaces and joiners, BOMs, bidi marks) are removed only for scoring.
 */
public final class AnswerText {
    /** Longest answer accepted, in characters (code points). A strong answer is 60–250 words. */
    public static final int MAX_CHARS = 10_000;

    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
    private static final Pattern SPACE = Pattern.compile("[\\p{Z}\\s]");

    private AnswerText() {}

    /**
     * The text as stored: unchanged but for NUL characters, which PostgreSQL cannot store in text
     * (a message carrying one would otherwise fail on every redelivery); they become U+FFFD.
     */
    public static String storable(String text) {
        return text.indexOf('\u0000') < 0 ? text : text.replace('\u0000', '\uFFFD');
    }

    /** The text the scorer sees. */
    public static String forScoring(String text) {
        return INVISIBLE.matcher(text).replaceAll("").strip();
    }

    /** Why this text cannot be an answer, as a message for its author; empty if it can. */
    public static Optional<String> rejection(String text) {
        if (SPACE.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll("").isEmpty()) {
            return Optional.of("Your answer is empty. Write your answer to the question "
                    + "(about 60–250 words: what the user gets, the numbers you measured, the trade-off you made).");
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_CHARS) {
            return Optional.of(String.format(
                    "Your answer is %,d characters long; the limit is %,d. A strong answer is about 60–250 words: "
                            + "shorten it and post it again.",
                    length, MAX_CHARS));
        }
        return Optional.empty();
    }
}
