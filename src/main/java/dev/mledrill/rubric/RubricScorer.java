package dev.mledrill.rubric;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Scores an answer by the product-first rubric: each criterion's detector earns a share of
 * its weight (shifted by the question's focus), red flags deduct, and the feedback names the
 * single change worth the most points. With a question, the points kept also depend on how far
 * the answer addresses it (relevance: an answer to another question is flagged off topic) and
 * on the key points it covers. Thread-safe; one instance serves all threads.
 */
public final class RubricScorer implements Scorer {
    private final Rubric rubric;
    private final CriterionDetector[] detectors = CriterionDetector.all();
    private final OffTopicExplainer explainer;
    /** The rubric's weights shifted by each focus seen: one map per subset of the criteria, not one per answer. */
    private final Map<Set<Criterion>, Map<Criterion, Double>> weightsByFocus = new ConcurrentHashMap<>();

    public RubricScorer(Rubric rubric) {
        this(rubric, List::of);
    }

    /** @param bank the questions an off-topic answer may have been written for, named in its explanation */
    public RubricScorer(Rubric rubric, Supplier<? extends Collection<? extends AskedQuestion>> bank) {
        this.rubric = Objects.requireNonNull(rubric, "rubric");
        this.explainer = new OffTopicExplainer(bank);
    }

    @Override
    public Score score(String answer, Optional<? extends AskedQuestion> question) {
        Objects.requireNonNull(answer, "answer");
        Analysis a = Analysis.of(answer);
        Map<Criterion, Double> weights =
                weightsFor(question.map(AskedQuestion::focus).orElse(Set.of()));
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
        double wanted =
                hits.stream().mapToDouble(h -> rubric.deduction(h.kind())).sum();
        double allowed = Math.min(wanted, gross * (1 - rubric.keptShare()));
        double scale = wanted == 0 ? 0 : allowed / wanted;
        List<RedFlag> flags = new ArrayList<>(hits.size() + 1);
        for (FlagHit h : hits) {
            double d = round1(rubric.deduction(h.kind()) * scale);
            flags.add(new RedFlag(h.kind(), h.explanation(), d, h.evidence()));
            if (rubric.deduction(h.kind()) > tipGain) {
                tipGain = rubric.deduction(h.kind());
                tip = "Red flag (" + h.kind().id().replace('_', ' ') + "): " + RewriteTips.forFlag(h.kind());
            }
        }
        double net = Math.max(0, gross - allowed);
        KeyPointCoverage keyPoints = KeyPointCoverage.NONE;
        if (question.isPresent()) {
            QuestionProfile profile = QuestionProfile.of(question.get());
            TextIndex index = TextIndex.of(a);
            keyPoints = KeyPointMatcher.match(profile.keyPoints, index);
            double keyPointKept = 1 - rubric.keyPointShare() * (1 - keyPoints.share());
            keyPoints = keyPoints.withDeduction(round1(net * (1 - keyPointKept)));
            net *= keyPointKept;
            double relevance = RelevanceJudge.of(index, profile, keyPoints);
            double kept = rubric.relevance().kept(relevance);
            if (kept < 1) {
                RedFlag flag = explainer.flag(
                        index, profile, relevance, rubric.relevance().offTopic(relevance), round1(net * (1 - kept)));
                flags.add(flag);
                tip = "Red flag (" + flag.id().replace('_', ' ') + "): answer today's question, about "
                        + profile.subject + ": " + RewriteTips.forFlag(flag.kind());
                net *= kept;
            }
        }
        double total = round1(Math.max(0, Math.min(100, net)));
        return new Score(total, rubric.band(total), criteria, flags, keyPoints, tip, rubric.version());
    }

    private Map<Criterion, Double> weightsFor(Set<Criterion> focus) {
        Map<Criterion, Double> weights = weightsByFocus.get(focus);
        if (weights == null) {
            weights = rubric.weightsFor(focus);
            weightsByFocus.put(Set.copyOf(focus), weights);
        }
        return weights;
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
