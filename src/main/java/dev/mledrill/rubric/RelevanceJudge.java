package dev.mledrill.rubric;

/**
 * How far an answer addresses a question: the share of the answer's topical vocabulary (by topic
 * weight, see {@link Topics#weight}) that the question itself uses, raised by the key points it
 * covers. A short answer with few topical words is pulled towards the middle rather than judged
 * on one or two words.
 */
final class RelevanceJudge {
    /** Weight of the prior: an answer needs a few topical words before it can read as off topic. */
    private static final double PRIOR_WEIGHT = 1.5;

    private static final double PRIOR = 0.5;

    private RelevanceJudge() {}

    /** Relevance from 0 (nothing in common) to 1 (all of the answer's topical words are the question's). */
    static double of(TextIndex answer, QuestionProfile question, KeyPointCoverage keyPoints) {
        if (topical(answer) < MIN_TOPICAL) {
            return 1;
        }
        return Math.max(lexical(answer, question.vocabulary), covers(answer, question));
    }

    /**
     * The share of the question's own topic weight that the answer uses: what makes an on-topic
     * answer to a question of few words (a short prompt, no model answer) read as on topic.
     */
    static double covers(TextIndex answer, QuestionProfile question) {
        double used = 0;
        TermTable terms = answer.terms;
        for (int i = 0; i < terms.size(); i++) {
            int at = terms.weighed(i) ? question.vocabulary.indexOf(terms.term(i)) : -1;
            used += at < 0 ? 0 : question.vocabulary.weight(at);
        }
        return question.weight == 0 ? 0 : used / question.weight;
    }

    /** Topic weight an answer needs before it can be judged off topic: "It depends on the app." cannot. */
    static final double MIN_TOPICAL = 4;

    static double lexical(TextIndex answer, TermTable vocabulary) {
        double all = 0;
        double shared = 0;
        TermTable terms = answer.terms;
        for (int i = 0; i < terms.size(); i++) {
            double w = terms.weight(i);
            if (w > 0) {
                all += w;
                shared += vocabulary.contains(terms.term(i)) ? w : 0;
            }
        }
        return smoothed(shared, all);
    }

    /** The shared share of an answer's topic weight, pulled towards the middle while the answer says little. */
    static double smoothed(double shared, double all) {
        return (shared + PRIOR * PRIOR_WEIGHT) / (all + PRIOR_WEIGHT);
    }

    static double topical(TextIndex answer) {
        return answer.terms.totalWeight();
    }

    /** Key points vouch for relevance only when the question has some (an answer covering all of none proves nothing). */
    private static double keyPointsBacking(QuestionProfile question) {
        return question.keyPoints.isEmpty() ? 0 : 1;
    }
}
