package dev.mledrill.rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How far an answer addresses a question: the share of the answer's topical vocabulary (by topic
 * weight, see {@link Topics#weight}) that the question itself uses, raised by the key points it
 * covers. A short answer with few topical words is pulled towards the middle rather than judged
 * on one or two words.
 */
final class Relevance {
    /** Weight of the prior: an answer needs a few topical words before it can read as off topic. */
    private static final double PRIOR_WEIGHT = 1.5;
    private static final double PRIOR = 0.5;

    private Relevance() {
    }

    /** Relevance from 0 (nothing in common) to 1 (all of the answer's topical words are the question's). */
    static double of(TextIndex answer, QuestionProfile question, KeyPointCoverage keyPoints) {
        double lexical = lexical(answer, question.vocabulary);
        return Math.max(lexical, keyPoints.share() * keyPointsBacking(question));
    }

    static double lexical(TextIndex answer, Map<String, Double> vocabulary) {
        double all = 0;
        double shared = 0;
        for (Map.Entry<String, Double> e : answer.topicWeights.entrySet()) {
            double w = e.getValue();
            if (w > 0) {
                all += w;
                shared += vocabulary.containsKey(e.getKey()) ? w : 0;
            }
        }
        return (shared + PRIOR * PRIOR_WEIGHT) / (all + PRIOR_WEIGHT);
    }

    /** Key points vouch for relevance only when the question has some (an answer covering all of none proves nothing). */
    private static double keyPointsBacking(QuestionProfile question) {
        return question.keyPoints.isEmpty() ? 0 : 1;
    }

    /** The answer's own most telling words that the question never uses: what it reads like instead. */
    static String strayWords(TextIndex answer, Map<String, Double> vocabulary, int limit) {
        List<String> words = new ArrayList<>();
        Analysis a = answer.analysis;
        for (int i = 0; i < a.tokens.size() && words.size() < limit; i++) {
            Token t = a.tokens.get(i);
            String term = Topics.get().canonical(a.stems[i]);
            if (t.isWord() && Topics.get().weight(a.stems[i], a.tags[i]) >= 1 && !vocabulary.containsKey(term)
                    && words.stream().noneMatch(w -> Topics.get().canonical(Lexicon.stemOf(Tokenizer.tokenize(w).get(0))).equals(term))) {
                words.add(t.lower());
            }
        }
        words.sort(Comparator.comparingInt(w -> 0));
        return String.join(", ", words);
    }
}
