package dev.mledrill.rubric;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The red flag of an answer that does not address its question, in words a candidate can act on:
 * what the answer reads like (the bank question it fits best, else its own most telling words)
 * and what today's question is about.
 */
final class OffTopicExplainer {
    private static final int STRAY_WORDS = 4;
    /** A bank question is named only when the answer fits it this much better than today's. */
    private static final double CLEARLY_BETTER = 0.15;
    /** ... and only when it fits that question as well as an on-topic answer fits its own. */
    private static final double FITS = 0.45;

    private final Supplier<? extends Collection<? extends AskedQuestion>> bank;
    /** Rebuilt when the bank supplies a different collection (a reloaded bank). */
    private volatile BankIndex index;

    private volatile Collection<? extends AskedQuestion> indexed;

    OffTopicExplainer(Supplier<? extends Collection<? extends AskedQuestion>> bank) {
        this.bank = Objects.requireNonNull(bank, "bank");
    }

    RedFlag flag(TextIndex answer, QuestionProfile today, double relevance, boolean offTopic, double deduction) {
        String readsLike = readsLike(answer, today, relevance);
        String explanation = offTopic
                ? "off topic: this reads like an answer about " + readsLike + "; today's question is about "
                        + today.subject
                : String.format(
                        Locale.ROOT,
                        "partly off topic: much of it is about %s; today's question is about %s",
                        readsLike,
                        today.subject);
        return new RedFlag(
                offTopic ? RedFlagKind.OFF_TOPIC : RedFlagKind.PARTLY_OFF_TOPIC, explanation, deduction, quote(answer));
    }

    private String readsLike(TextIndex answer, QuestionProfile today, double relevance) {
        QuestionProfile best =
                bankIndex().bestFit(answer, today.question.id(), Math.max(relevance + CLEARLY_BETTER, FITS));
        if (best != null) {
            return best.subject;
        }
        String words = strayWords(answer, today);
        return words.isEmpty() ? "something else" : words;
    }

    private BankIndex bankIndex() {
        Collection<? extends AskedQuestion> questions = bank.get();
        BankIndex i = index;
        if (i == null || indexed != questions) {
            // built by one thread while the others wait, not once by each scoring thread
            synchronized (this) {
                i = index;
                if (i == null || indexed != questions) {
                    i = BankIndex.of(List.copyOf(questions));
                    index = i;
                    indexed = questions;
                }
            }
        }
        return i;
    }

    /** The answer's own most telling words that today's question never uses, in order of first use. */
    private static String strayWords(TextIndex answer, QuestionProfile today) {
        Analysis a = answer.analysis;
        Topics topics = Topics.get();
        List<String> words = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < a.tokens.size() && words.size() < STRAY_WORDS; i++) {
            Token t = a.tokens.get(i);
            if (!t.isWord() || topics.weight(a.stems[i], a.tags[i]) < 1) {
                continue;
            }
            String term = topics.canonical(a.stems[i]);
            if (!today.vocabulary.contains(term) && !terms.contains(term)) {
                terms.add(term);
                words.add(t.lower());
            }
        }
        return String.join(", ", words);
    }

    /** The opening sentence: where an answer says what it is about. */
    private static List<Evidence> quote(TextIndex answer) {
        Analysis a = answer.analysis;
        return a.sentences.isEmpty() ? List.of() : List.of(Quotes.sentence(a, a.sentences.get(0)));
    }
}
