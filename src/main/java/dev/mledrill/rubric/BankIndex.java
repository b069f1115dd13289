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
    private record Use(int question, double weight) {
    }

    final List<AskedQuestion> questions;
    private final List<QuestionProfile> profiles;
    private final Map<String, List<Integer>> users;

    private BankIndex(List<AskedQuestion> questions) {
        this.questions = questions;
        this.profiles = questions.stream().map(QuestionProfile::of).toList();
        Map<String, List<Integer>> users = new HashMap<>();
        for (int q = 0; q < profiles.size(); q++) {
            for (String term : profiles.get(q).vocabulary.keySet()) {
                users.computeIfAbsent(term, k -> new ArrayList<>(4)).add(q);
            }
        }
        this.users = users;
    }

    static BankIndex of(List<AskedQuestion> questions) {
        return new BankIndex(List.copyOf(questions));
    }

    /** The question other than {@code except} that the answer fits best, if it fits it at least {@code least}. */
    QuestionProfile bestFit(TextIndex answer, String except, double least) {
        double[] shared = new double[profiles.size()];
        double all = 0;
        for (Map.Entry<String, Double> e : answer.topicWeights.entrySet()) {
            double w = e.getValue();
            if (w <= 0) {
                continue;
            }
            all += w;
            List<Integer> qs = users.get(e.getKey());
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
