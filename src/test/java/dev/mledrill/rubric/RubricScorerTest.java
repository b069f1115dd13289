package dev.mledrill.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.question.Difficulty;
import dev.mledrill.question.Question;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RubricScorerTest {
    private static final RubricScorer SCORER = new RubricScorer(Rubric.defaults());
    static final String STRONG = "Live Text only feels magic if text is selectable the moment the camera settles, so"
            + " the budget was 60 ms per frame on an iPhone 11. I quantized the detector to 8-bit: 140 ms became 52 ms,"
            + " character accuracy stayed within 0.5 points of the server OCR, and scanning used 18% less energy."
            + " I rejected 4-bit because small fonts lost 3 points, which users hit on receipts. If accuracy had"
            + " slipped further, I'd have distilled from the server model. Nothing is uploaded, so documents stay private.";

    static Question question(Set<Criterion> focus, List<String> keyPoints) {
        return new Question(
                "ocr-latency",
                "vision",
                Difficulty.MEDIUM,
                "How would you make OCR feel instant?",
                focus,
                keyPoints,
                List.of(),
                List.of());
    }

    @Test
    @DisplayName("a complete product-first answer earns every criterion and the top band, with quotes at their offsets")
    void strongAnswer() {
        Score score = SCORER.score(STRONG, Optional.empty());

        assertThat(score.total()).isGreaterThanOrEqualTo(90);
        assertThat(score.band()).isEqualTo("excellent");
        assertThat(score.redFlags()).isEmpty();
        assertThat(score.rubricVersion()).isEqualTo("2026.12-1");
        for (CriterionScore c : score.criteria()) {
            assertThat(c.points()).as(c.criterion().id()).isGreaterThan(c.max() / 2);
            for (Evidence e : c.evidence()) {
                assertThat(STRONG.substring(e.start(), e.end())).isEqualTo(e.quote());
            }
        }
    }

    @Test
    @DisplayName("a short plain sentence built of one phrase ('Everything stays on the device.') still earns privacy")
    void shortPhraseSentenceCounts() {
        Score score = SCORER.score(
                "Users felt the camera preview stutter, so the target was 30 fps on a Pixel 7."
                        + " Int8 took the model from 48 ms to 21 ms per frame. Everything stays on the device.",
                Optional.empty());

        assertThat(score.criterion(Criterion.PRIVACY).points())
                .isEqualTo(score.criterion(Criterion.PRIVACY).max());
    }

    @Test
    @DisplayName("an opening about the people who use it, named by what they do (typists, wearers), earns user outcome")
    void usersNamedByWhatTheyDo() {
        Score score = SCORER.score(
                "Fast typists hit a key about every 150 ms, so suggestions must refresh before the"
                        + " next tap: I aimed for 15 ms per keystroke at p95. Int8 weights took it from 48 ms to 13 ms.",
                Optional.empty());

        assertThat(score.criterion(Criterion.OUTCOME).points())
                .isEqualTo(score.criterion(Criterion.OUTCOME).max());
    }

    @Test
    @DisplayName("an empty answer scores 0 in the lowest band")
    void empty() {
        Score score = SCORER.score("   ", Optional.empty());

        assertThat(score.total()).isZero();
        assertThat(score.band()).isEqualTo("poor");
    }

    @Test
    @DisplayName("a question's focus raises its criteria's weights while the total stays out of 100")
    void focusShiftsWeights() {
        Score plain = SCORER.score(STRONG, Optional.empty());
        Score focused = SCORER.score(STRONG, Optional.of(question(Set.of(Criterion.PRIVACY), List.of())));

        assertThat(focused.criterion(Criterion.PRIVACY).max()).isEqualTo(14.3);
        assertThat(focused.criterion(Criterion.EVIDENCE).max())
                .isLessThan(plain.criterion(Criterion.EVIDENCE).max());
        assertThat(focused.criteria().stream().mapToDouble(CriterionScore::max).sum())
                .isCloseTo(100, within());
    }

    @Test
    @DisplayName("key points are matched through stems and synonyms and reported as covered or missed")
    void keyPoints() {
        Question q = question(
                Set.of(),
                List.of(
                        "states the delay budget in milliseconds",
                        "compares quality with the full-precision model",
                        "keeps documents private on the phone",
                        "plans a staged rollout with a kill switch"));

        KeyPointCoverage k = SCORER.score(STRONG, Optional.of(q)).keyPoints();

        assertThat(k.covered())
                .containsExactly(
                        "states the delay budget in milliseconds",
                        "compares quality with the full-precision model",
                        "keeps documents private on the phone");
        assertThat(k.missed()).containsExactly("plans a staged rollout with a kill switch");
    }

    @Test
    @DisplayName(
            "hedges, unmeasured techniques, research-first math and rambling are flagged with the words that raised them")
    void redFlags() {
        assertThat(flags("I would quantize it to int8, which should be fine and fast enough for users."))
                .containsExactlyInAnyOrder("hedge", "unmeasured_technique");
        assertThat(flags("The optimal bit allocation follows from minimizing quantization noise weighted by the Hessian"
                        + " trace; a Lagrangian relaxation gives a closed-form solution."))
                .contains("research_first");
        assertThat(
                        flags(
                                "So at my last company we had a model on the server and someone wanted it on the phone."
                                        + " We spent weeks on tooling, read papers and argued about directions in many meetings,"
                                        + " and then we tried a few things in notebooks and talked to other teams about what they had done."
                                        + " There was a lot of back and forth about frameworks, conversion tools and who owned which part,"
                                        + " and the plan changed a few times as priorities moved around between quarters."
                                        + " Eventually it shipped in a later release and it was a good learning experience for the whole team,"
                                        + " and I learned a lot about mobile deployment and working across teams and about planning."
                                        + " Looking back, I would spend more time up front on aligning everyone before writing any code."))
                .contains("rambling");
        Score hedged = SCORER.score("Embeddings plus cosine similarity. Fast enough.", Optional.empty());
        assertThat(hedged.redFlags().get(0).evidence().get(0).quote()).isEqualTo("Fast enough");
    }

    @Test
    @DisplayName("the tip addresses what would earn the most: the opening for an answer that starts with the technique")
    void tipForWeakestCriterion() {
        String answer = "I quantized the detector to int8 on a Pixel 7. Latency went from 140 ms to 60 ms against an"
                + " 80 ms budget, and top-1 stayed within 0.4% of FP32. I chose int8 over FP16 because it halves memory."
                + " If accuracy dropped, I'd use quantization-aware training. Nothing is uploaded, so photos stay on the"
                + " phone, and power fell from 900 mW to 600 mW. Users scrolling the feed notice the difference.";

        Score score = SCORER.score(answer, Optional.empty());

        assertThat(score.criterion(Criterion.OUTCOME).points()).isLessThan(8);
        assertThat(score.tip()).startsWith("User outcome first: Open with what the user feels");
    }

    private static List<String> flags(String answer) {
        return SCORER.score(answer, Optional.empty()).redFlags().stream()
                .map(RedFlag::id)
                .toList();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.2);
    }
}
