package dev.mledrill.rubric;

import java.util.ArrayList;
import java.util.List;

/** Matches key points (as {@link KeyPointPattern}s) against an indexed answer, quoting the sentence that covered each. */
final class KeyPointMatcher {
    private KeyPointMatcher() {}

    static KeyPointCoverage match(List<KeyPointPattern> keyPoints, TextIndex answer) {
        if (keyPoints.isEmpty()) {
            return KeyPointCoverage.NONE;
        }
        List<String> covered = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<Evidence> quotes = new ArrayList<>();
        for (KeyPointPattern p : keyPoints) {
            KeyPointPattern.Match m = p.match(answer);
            if (m.covered()) {
                covered.add(p.text);
                quotes.add(Quotes.sentence(answer.analysis, answer.analysis.sentences.get(m.sentence())));
            } else {
                missed.add(p.text);
            }
        }
        return new KeyPointCoverage(covered, missed, quotes, 0);
    }
}
