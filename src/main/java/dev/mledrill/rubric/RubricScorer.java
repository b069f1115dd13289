package dev.mledrill.rubric;

import dev.mledrill.question.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Scores an answer by the product-first rubric: each criterion's detector earns a share of
 * its weight (shifted by the question's focus), red flags deduct, and the feedback names the
 * single change worth the most points. Thread-safe; one instance serves all threads.
 */
public final class RubricScorer implements Scorer {
    private final Rubric rubric;
    private final CriterionDetector[] detectors = CriterionDetector.all();

    public RubricScorer(Rubric rubric) {
        this.rubric = Objects.requireNonNull(rubric, "rubric");
    }

    @Override
    public Score score(String answer, Optional<Question> question) {
        Objects.requireNonNull(answer, "answer");
        Analysis a = Analysis.of(answer);
        Map<Criterion, Double> weights = rubric.weightsFor(question.map(Question::focus).orElse(Set.of()));
        List<CriterionScore> criteria = new ArrayList<>(detectors.length);
        double gross = 0;
        String tip = "";
        double tipGain = 0;
        for (CriterionDetector detector : detectors) {
            Finding f = detector.assess(a);
            double max = round1(weights.get(f.criterion()));
            double points = round1(max * f.credit());
            String criterionTip = RewriteTips.forFinding(f, a);
            criteria.add(new CriterionScore(f.criterion(), points, max, f.evidence(), criterionTip));
            gross += points;
            if (!criterionTip.isEmpty() && max - points > tipGain) {
                tipGain = max - points;
                tip = f.criterion().title() + ": " + criterionTip;
            }
        }
        List<FlagHit> hits = RedFlagDetector.detect(a);
        double wanted = hits.stream().mapToDouble(h -> rubric.deduction(h.id())).sum();
        double allowed = Math.min(wanted, gross * (1 - rubric.keptShare()));
        double scale = wanted == 0 ? 0 : allowed / wanted;
        List<RedFlag> flags = new ArrayList<>(hits.size());
        for (FlagHit h : hits) {
            double d = round1(rubric.deduction(h.id()) * scale);
            flags.add(new RedFlag(h.id(), h.explanation(), d, h.evidence()));
            if (rubric.deduction(h.id()) > tipGain) {
                tipGain = rubric.deduction(h.id());
                tip = "Red flag (" + h.id().replace('_', ' ') + "): " + RewriteTips.forFlag(h.id());
            }
        }
        double total = round1(Math.max(0, Math.min(100, gross - allowed)));
        KeyPointCoverage keyPoints = question.map(q -> KeyPointMatcher.match(QuestionProfile.of(q).keyPoints, TextIndex.of(a)))
                .orElse(KeyPointCoverage.NONE);
        return new Score(total, rubric.band(total), criteria, flags, keyPoints, tip, rubric.version());
    }

    @Override
    public String rubricVersion() {
        return rubric.version();
    }

    public Rubric rubric() {
        return rubric;
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
