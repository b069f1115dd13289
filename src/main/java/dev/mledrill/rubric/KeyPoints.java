package dev.mledrill.rubric;

import java.util.List;

/** The scorer's own key-point matcher, for callers outside the rubric such as the bank validator. */
public final class KeyPoints {
    private KeyPoints() {}

    /** Which of {@code keyPoints} the text covers, judged exactly as a scored answer is. */
    public static KeyPointCoverage coverage(List<String> keyPoints, String text) {
        return KeyPointMatcher.match(
                keyPoints.stream().map(KeyPointPattern::of).toList(), TextIndex.of(Analysis.of(text)));
    }
}
