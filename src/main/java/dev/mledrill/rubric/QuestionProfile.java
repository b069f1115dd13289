package dev.mledrill.rubric;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the scorer knows of a question, worked out once per question: its topical vocabulary
 * (prompt, key points, model answer and tags, each word with its topic weight) and its key
 * points as patterns. Profiles are cached by question id; a changed question gets a new one.
 */
final class QuestionProfile {
    private static final int CACHE_LIMIT = 10_000;
    private static final ConcurrentHashMap<String, QuestionProfile> CACHE = new ConcurrentHashMap<>();

    final AskedQuestion question;
    /** Canonical stems with their topic weight (those above 0), over everything the question says. */
    final TermTable vocabulary;

    final List<KeyPointPattern> keyPoints;
    /** Total topic weight of the vocabulary. */
    final double weight;
    /** A few words that say what the question is about ("keyboard, next word prediction"). */
    final String subject;

    private QuestionProfile(AskedQuestion question) {
        this.question = question;
        String text = question.prompt() + "\n" + String.join("\n", question.keyPoints()) + "\n"
                + String.join("\n", question.modelAnswer()) + "\n"
                + String.join(", ", question.tags()).replace('-', ' ');
        TextIndex index = TextIndex.of(Analysis.of(text));
        TermTable vocabulary = new TermTable(index.terms.size());
        for (int i = 0; i < index.terms.size(); i++) {
            if (index.terms.weight(i) > 0) {
                vocabulary.add(index.terms.term(i), 0, index.terms.weight(i));
            }
        }
        this.vocabulary = vocabulary;
        this.weight = vocabulary.totalWeight();
        this.keyPoints = question.keyPoints().stream().map(KeyPointPattern::of).toList();
        this.subject = subjectOf(question);
    }

    static QuestionProfile of(AskedQuestion q) {
        QuestionProfile p = CACHE.get(q.id());
        if (p == null || (p.question != q && !p.question.equals(q))) {
            p = new QuestionProfile(q);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(q.id(), p);
        }
        return p;
    }

    private static String subjectOf(AskedQuestion q) {
        List<String> tags =
                q.tags().stream().limit(3).map(t -> t.replace('-', ' ')).toList();
        if (tags.isEmpty()) {
            return q.category() + " (" + q.id().replace('-', ' ') + ")";
        }
        return tags.size() == 1
                ? tags.get(0)
                : String.join(", ", tags.subList(0, tags.size() - 1)) + " and " + tags.get(tags.size() - 1);
    }
}
