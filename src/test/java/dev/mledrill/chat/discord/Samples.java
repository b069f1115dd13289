package dev.mledrill.chat.discord;

import dev.mledrill.chat.FeedbackMessage;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.UserRef;
import dev.mledrill.question.Difficulty;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.rubric.CriterionScore;
import dev.mledrill.rubric.Evidence;
import dev.mledrill.rubric.KeyPointCoverage;
import dev.mledrill.rubric.RedFlag;
import dev.mledrill.rubric.RedFlagKind;
import dev.mledrill.rubric.Score;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** A question and a score to post in tests. */
final class Samples {
    static final Question QUESTION = new Question(
            "vision-007",
            "vision",
            Difficulty.MEDIUM,
            "Your camera app's portrait segmentation model misses its 33 ms frame budget on mid-range phones. "
                    + "Walk us through how you made it fit.",
            Set.of(Criterion.OUTCOME, Criterion.EVIDENCE, Criterion.BUDGET),
            List.of("names the user-visible effect (smooth preview)", "before/after latency on a named device"),
            List.of("Lead with the preview the user sees", "Quantize to INT8 with QAT", "Measure on device"),
            List.of("quantization", "latency"));

    private Samples() {}

    static Score score(double total) {
        List<CriterionScore> criteria = Arrays.stream(Criterion.values())
                .map(c -> new CriterionScore(
                        c,
                        weight(c) / 2.0,
                        weight(c),
                        c == Criterion.EVIDENCE
                                ? List.of(new Evidence("from 48 ms to 29 ms on a Pixel 6a", 10, 44))
                                : List.of(),
                        "say the " + c.id()))
                .toList();
        return new Score(
                total,
                total >= 70 ? "good" : "weak",
                criteria,
                List.of(new RedFlag(RedFlagKind.HEDGE, "\"fast enough\" without a target", 5, List.of())),
                new KeyPointCoverage(
                        List.of("names the user-visible effect (smooth preview)"),
                        List.of("before/after latency on a named device")),
                "Open with the smooth preview the user sees, then the 48→29 ms figure.",
                "rubric-1");
    }

    static FeedbackMessage feedback(String threadId, String answerId, FakeDiscord.FakeUser user, FeedbackMode mode) {
        return new FeedbackMessage(
                DiscordHarness.DRILL_CHANNEL,
                threadId,
                answerId,
                new UserRef(Platform.DISCORD, FakeDiscord.GUILD, user.id()),
                mode,
                QUESTION,
                score(72.5),
                3,
                5,
                false,
                false,
                false);
    }

    private static double weight(Criterion c) {
        return switch (c) {
            case EVIDENCE -> 20;
            case PRIVACY, FALLBACK -> 10;
            default -> 15;
        };
    }
}
