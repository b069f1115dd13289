package dev.mledrill.chat.slack;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.FeedbackMessage;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.question.Difficulty;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.rubric.CriterionScore;
import dev.mledrill.rubric.Evidence;
import dev.mledrill.rubric.KeyPointCoverage;
import dev.mledrill.rubric.RedFlag;
import dev.mledrill.rubric.RedFlagKind;
import dev.mledrill.rubric.Score;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Values shared by the Slack tests. */
final class SlackSamples {
    static final String CHANNEL = "C0DRILLS";
    static final ChannelRef CHANNEL_REF = new ChannelRef(Platform.SLACK, FakeSlack.TEAM, CHANNEL);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private SlackSamples() {}

    static Question question() {
        return new Question(
                "q-quant-001",
                "quantization",
                Difficulty.MEDIUM,
                "Your camera app's scene classifier takes 110 ms per frame on a mid-range phone. How would you use"
                        + " INT8 quantization to make the preview feel instant, and how do you know quality held?",
                Set.of(Criterion.EVIDENCE, Criterion.CONSISTENCY),
                List.of("latency target tied to the preview", "accuracy against the FP32 baseline"),
                List.of("Open with the shutter lag the user feels", "Give before → after latency on a named device"),
                List.of("vision", "int8"));
    }

    static UserRef user(String id) {
        return new UserRef(Platform.SLACK, FakeSlack.TEAM, id);
    }

    static Score score() {
        List<CriterionScore> criteria = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            double max = c == Criterion.EVIDENCE ? 20 : c == Criterion.PRIVACY || c == Criterion.FALLBACK ? 10 : 15;
            List<Evidence> evidence =
                    c == Criterion.EVIDENCE ? List.of(new Evidence("from 110 ms to 82 ms", 10, 30)) : List.of();
            criteria.add(
                    new CriterionScore(c, c == Criterion.EVIDENCE ? 16 : max / 2, max, evidence, "name the " + c.id()));
        }
        double total = criteria.stream().mapToDouble(CriterionScore::points).sum() - 5;
        return new Score(
                total,
                "good",
                criteria,
                List.of(new RedFlag(RedFlagKind.HEDGE, "\"fast enough\" without a target", 5, List.of())),
                new KeyPointCoverage(
                        List.of("latency target tied to the preview"), List.of("accuracy against the FP32 baseline")),
                "Say how far accuracy moved against the FP32 model.",
                "rubric-test");
    }

    static FeedbackMessage feedback(FeedbackMode mode, String threadTs, String answerTs, String user) {
        return new FeedbackMessage(
                CHANNEL_REF, threadTs, answerTs, user(user), mode, question(), score(), 3, 5, false, false, false);
    }

    static ChannelSettings settings(FeedbackMode mode, List<String> admins) {
        return new ChannelSettings(
                CHANNEL_REF,
                "ml-drills",
                "0 0 9 ? * MON-FRI",
                BERLIN,
                Map.of(),
                Set.of(),
                Optional.empty(),
                mode,
                true,
                true,
                admins);
    }
}
