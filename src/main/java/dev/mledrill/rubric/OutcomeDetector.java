package dev.mledrill.rubric;

import java.util.List;

/**
 * User outcome first: the opening names what the user sees or feels, ideally with the target.
 * The same words later in the answer earn less; an answer that opens with the technique or the
 * math loses the opening.
 */
final class OutcomeDetector implements CriterionDetector {
    static final int OPENING = 2;

    @Override
    public Finding assess(Analysis a) {
        Finding.Builder f = Finding.of(Criterion.OUTCOME);
        List<Sentence> sentences = a.sentences;
        int opening = -1;
        for (int k = 0; k < Math.min(OPENING, sentences.size()); k++) {
            Sentence s = sentences.get(k);
            if (s.counts() && isOutcome(a, s)) {
                opening = k;
                break;
            }
        }
        if (opening >= 0) {
            Sentence s = sentences.get(opening);
            f.earn(opening == 0 ? 0.6 : 0.5, Quotes.clause(a, outcomeToken(a, s)));
            Quantity target = targetNear(a, opening);
            f.earnOrMiss(target != null, 0.4, target == null ? null : Quotes.clause(a, target.first()), Hint.TARGET);
        } else {
            f.miss(Hint.OPENING);
            a.counting().stream()
                    .filter(s -> s.index() >= OPENING && isFeltOutcome(a, s))
                    .findFirst()
                    .ifPresentOrElse(
                            s -> f.earn(0.3, Quotes.clause(a, outcomeToken(a, s))), () -> f.miss(Hint.OUTCOME));
        }
        for (Change c : a.changes) {
            Sentence s = a.sentences.get(c.sentence());
            if (s.counts() && s.has(Concept.EXPERIENCE) && s.index() >= OPENING) {
                f.earn(0.15, Quotes.range(a, c.first(), c.last()));
                break;
            }
        }
        return f.build();
    }

    static boolean isOutcome(Analysis a, Sentence s) {
        // "it's good enough for users" is a hedge, not an outcome
        return !s.has(Concept.HEDGE) && (s.has(Concept.EXPERIENCE) || userAndVerb(a, s) >= 0);
    }

    /** Later in the answer only what the user feels counts: an experience word, or a user who wants or notices. */
    private static boolean isFeltOutcome(Analysis a, Sentence s) {
        if (s.has(Concept.HEDGE)) {
            return false;
        }
        if (s.has(Concept.EXPERIENCE)) {
            return true;
        }
        for (int i = s.first(); i < s.end(); i++) {
            if (a.tagged(i, Concept.USER)) {
                for (int k = i + 1; k < Math.min(s.end(), i + 4); k++) {
                    if (a.tagged(k, Concept.USER_VERB)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int outcomeToken(Analysis a, Sentence s) {
        int e = a.find(s, Concept.EXPERIENCE);
        return e >= 0 ? e : userAndVerb(a, s);
    }

    /** A user word in a statement ("for a screen-reader user a wrong description is worse"), or -1. */
    private static int userAndVerb(Analysis a, Sentence s) {
        int user = a.find(s, Concept.USER);
        if (user < 0) {
            return -1;
        }
        for (int i = s.first(); i < s.end(); i++) {
            if (a.verbs[i]) {
                return user;
            }
        }
        return -1;
    }

    /** A figure in the outcome sentence or the one after it that states what the user gets. */
    private static Quantity targetNear(Analysis a, int sentence) {
        for (Quantity q : a.quantities) {
            if (q.sentence() == sentence || (q.sentence() == sentence + 1 && sentence + 1 < OPENING + 1)) {
                if (q.dimension() != Quantity.Dimension.PARAMETERS
                        && a.sentences.get(q.sentence()).counts()) {
                    return q;
                }
            }
        }
        return null;
    }
}
