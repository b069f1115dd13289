package dev.mledrill.drill.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of "near copy" (similarity at or above {@link CopyJudge#THRESHOLD}) on the
 * graded pairs of {@link GradedPairs}. The bars: precision at least 0.99, recall at least 0.95,
 * and no honest answer to the same question ever taken for a copy of another.
 */
class NearCopyGradedTest {
    private static final Signer SIGNER = new Signer();
    private static List<GradedPairs.Pair> pairs;
    private static Map<GradedPairs.Pair, Double> similarity;

    @BeforeAll
    static void score() {
        pairs = GradedPairs.all();
        similarity = pairs.stream()
                .collect(Collectors.toMap(
                        p -> p,
                        p -> SIGNER.similarity(SIGNER.sign(p.a()), SIGNER.sign(p.b())),
                        (x, y) -> x,
                        java.util.LinkedHashMap::new));
    }

    private static boolean near(GradedPairs.Pair p) {
        return similarity.get(p) >= CopyJudge.THRESHOLD
                && SIGNER.sign(p.a()).shingles() >= CopyJudge.MIN_SHINGLES
                && SIGNER.sign(p.b()).shingles() >= CopyJudge.MIN_SHINGLES;
    }

    @Test
    @DisplayName("near copies are found with precision at least 0.99 and recall at least 0.95")
    void precisionAndRecall() {
        long tp = pairs.stream().filter(p -> p.copy() && near(p)).count();
        long fp = pairs.stream().filter(p -> !p.copy() && near(p)).count();
        long fn = pairs.stream().filter(p -> p.copy() && !near(p)).count();
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = (double) tp / (tp + fn);
        System.out.printf(
                Locale.ROOT,
                "near copies: %d pairs (%d copies); precision %.3f, recall %.3f%n",
                pairs.size(),
                tp + fn,
                precision,
                recall);
        pairs.stream()
                .filter(p -> p.copy() != near(p))
                .forEach(p ->
                        System.out.printf(Locale.ROOT, "  miss %s %s %.2f%n", p.kind(), p.label(), similarity.get(p)));
        System.out.printf(
                Locale.ROOT,
                "highest non-copy similarity %.2f, lowest copy similarity %.2f%n",
                pairs.stream()
                        .filter(p -> !p.copy())
                        .mapToDouble(similarity::get)
                        .max()
                        .orElse(0),
                pairs.stream()
                        .filter(GradedPairs.Pair::copy)
                        .mapToDouble(similarity::get)
                        .min()
                        .orElse(0));
        assertThat(precision).isGreaterThanOrEqualTo(0.99);
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    @DisplayName("honest answers to the same question, with the same key points, are never taken for copies")
    void sharedTopicIsNotACopy() {
        List<GradedPairs.Pair> honest = pairs.stream()
                .filter(p -> p.kind() == GradedPairs.Kind.HONEST_SAME_QUESTION)
                .toList();
        assertThat(honest.size()).isGreaterThanOrEqualTo(14);
        double highest = honest.stream().mapToDouble(similarity::get).max().orElseThrow();
        System.out.printf(
                Locale.ROOT, "honest same-question pairs: %d, highest similarity %.2f%n", honest.size(), highest);
        assertThat(honest.stream().filter(NearCopyGradedTest::near).map(GradedPairs.Pair::label))
                .isEmpty();
    }

    @Test
    @DisplayName("every hand-made copy with small edits is found")
    void handMadeCopiesAreFound() {
        List<GradedPairs.Pair> hand = pairs.stream()
                .filter(p -> p.kind() == GradedPairs.Kind.HAND_COPY)
                .toList();
        assertThat(hand.size()).isGreaterThanOrEqualTo(12);
        assertThat(hand.stream().filter(p -> !near(p)).map(GradedPairs.Pair::label))
                .isEmpty();
    }
}
