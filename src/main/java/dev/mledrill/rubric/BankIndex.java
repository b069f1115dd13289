package dev.mledrill.rubric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bank's vocabularies inverted (word → the questions that use it), so an answer's fit to
 * every question is one pass over the answer's words rather than one per question.
 */
final class BankIndex {
    final List<AskedQuestion> questions;
    private final List<QuestionProfile> profiles;
    /** Term → the indexes of the questions whose vocabulary holds it. */
    private final Map<String, int[]> users;

    private BankIndex(List<AskedQuestion> questions) {
        this.questions = questions;
        this.profiles = questions.stream().map(QuestionProfile::of).toList();
        Map<String, List<Integer>> users = new HashMap<>();
        for (int q = 0; q < profiles.size(); q++) {
            TermTable vocabulary = profiles.get(q).vocabulary;
            for (int i = 0; i < vocabulary.size(); i++) {
                users.computeIfAbsent(vocabulary.term(i), k -> new ArrayList<>(4))
                        .add(q);
            }
        }
        Map<String, int[]> flat = new HashMap<>(users.size() * 2);
        users.forEach((term, qs) ->
                flat.put(term, qs.stream().mapToInt(Integer::intValue).toArray()));
        this.users = flat;
    }

    static BankIndex of(List<AskedQuestion> questions) {
        return new BankIndex(List.copyOf(questions));
    }

    /** The question other than {@code except} that the answer fits best, if it fits it at least {@code least}. */
    QuestionProfile bestFit(TextIndex answer, String except, double least) {
        double[] shared = new double[profiles.size()];
        double all = 0;
        TermTable terms = answer.terms;
        for (int i = 0; i < terms.size(); i++) {
            double w = terms.weight(i);
            if (w <= 0) {
                continue;
            }
            all += w;
            int[] qs = users.get(terms.term(i));
            if (qs != null) {
                for (int q : qs) {
                    shared[q] += w;
                }
            }
        }
        QuestionProfile best = null;
        double bestFit = least;
        for (int q = 0; q < shared.length; q++) {
            double fit = RelevanceJudge.smoothed(shared[q], all);
            if (fit > bestFit && !profiles.get(q).question.id().equals(except)) {
                bestFit = fit;
                best = profiles.get(q);
            }
        }
        return best;
    }
}
