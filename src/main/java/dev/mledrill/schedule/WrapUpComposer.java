package dev.mledrill.schedule;

import dev.mledrill.chat.WrapUpMessage;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Criterion;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a closed question's results into its wrap-up: the answer count, the top scores (named
 * only where the channel shows names and the person has not opted out), and the criterion the
 * team missed most, said the way the rubric would ("7 of 10 answers gave no battery or compute budget").
 */
public final class WrapUpComposer {
    static final int TOP = 3;
    private static final Map<Criterion, String> MISSED = new EnumMap<>(Map.of(
            Criterion.OUTCOME, "did not open with what the user sees or feels",
            Criterion.EVIDENCE, "gave no measured figure with a unit",
            Criterion.CONSISTENCY, "compared quality with no baseline",
            Criterion.BUDGET, "gave no battery or compute budget",
            Criterion.TRADEOFF, "weighed no alternative against a user scenario",
            Criterion.PRIVACY, "said nothing about keeping data on the device",
            Criterion.FALLBACK, "had no fallback if quality drops"));

    public WrapUpMessage compose(ChannelSettings settings, PostedQuestion post, Question question, WrapUpFacts facts) {
        List<WrapUpMessage.TopScore> top = facts.best().stream()
                .limit(TOP)
                .map(b -> new WrapUpMessage.TopScore(nameOf(settings, b.displayName(), b.optedOut()), b.total()))
                .toList();
        String thread = settings.wrapUpInThread() ? post.threadId().orElse(null) : null;
        return new WrapUpMessage(
                settings.channel(),
                thread,
                question,
                facts.answerCount(),
                top,
                mostMissed(facts),
                notCounted(facts),
                followUps(facts),
                AnswerReveal.of(settings, post, facts));
    }

    /**
     * Who was flagged is told privately; the thread only learns how many answers did not count
     * (near copies) and how many were off topic.
     */
    public static String notCounted(WrapUpFacts facts) {
        int n = facts.copiesNotCounted();
        String copies = n == 0
                ? ""
                : n
                        + (n == 1
                                ? " answer was a near copy of an earlier answer and does not count"
                                : " answers were near copies of earlier answers and do not count");
        int o = facts.offTopic();
        String offTopic = o == 0
                ? ""
                : o + (o == 1 ? " answer was" : " answers were")
                        + " off topic (written for another question) and kept only a fraction of the points";
        return copies.isEmpty() || offTopic.isEmpty() ? copies + offTopic : copies + "; " + offTopic;
    }

    /** Empty when no follow-up probe was answered. */
    static String followUps(WrapUpFacts facts) {
        int n = facts.followUpsAnswered();
        return n == 0 ? "" : n + (n == 1 ? " follow-up question was answered" : " follow-up questions were answered");
    }

    static String nameOf(ChannelSettings settings, String displayName, boolean optedOut) {
        boolean named = settings.showNames() && !optedOut && displayName != null && !displayName.isBlank();
        return named ? displayName : "someone";
    }

    /** Empty when nobody was scored or nobody missed anything. */
    static String mostMissed(WrapUpFacts facts) {
        return facts.missedBy().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .max(Comparator.<Map.Entry<Criterion, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(e -> e.getValue() + " of " + facts.scoredCount() + " answers " + MISSED.get(e.getKey()))
                .orElse("");
    }
}
