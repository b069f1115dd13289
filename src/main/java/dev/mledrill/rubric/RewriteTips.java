package dev.mledrill.rubric;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One rewrite tip per gap, each showing the shape of a better sentence. Where the answer
 * already has a figure, the tip builds on it.
 */
final class RewriteTips {
    private static final Map<Hint, String> BY_HINT = new EnumMap<>(Map.ofEntries(
            Map.entry(
                    Hint.OPENING,
                    "Open with what the user feels, then the number: 'Scrolling must stay under 16 ms a"
                            + " frame, so the classifier had to fit in 8 ms on the GPU.'"),
            Map.entry(
                    Hint.OUTCOME,
                    "Open with what the user feels, then the number: 'Scrolling must stay under 16 ms a"
                            + " frame, so the classifier had to fit in 8 ms on the GPU.'"),
            Map.entry(
                    Hint.TARGET,
                    "Put the target next to the user outcome: '..., so the budget was 60 ms per frame on"
                            + " a Pixel 7.'"),
            Map.entry(
                    Hint.FIGURES,
                    "Give the measurement with its unit, before and after, and where: 'Int8 took the"
                            + " detector from 140 ms to 52 ms on an iPhone 11.'"),
            Map.entry(Hint.BEFORE_AFTER, "Show the change as a pair: 'from 110 ms to 82 ms' says more than '82 ms'."),
            Map.entry(Hint.DEVICE, "Say what it was measured on: '... from 140 ms to 52 ms on a Pixel 7's NPU.'"),
            Map.entry(
                    Hint.QUALITY,
                    "Say what happened to quality against a reference: 'top-1 stayed within 0.3 % of the"
                            + " FP32 model.'"),
            Map.entry(
                    Hint.BASELINE,
                    "Name the baseline you compared against: '... within 0.5 points of the server" + " model.'"),
            Map.entry(
                    Hint.TOLERANCE,
                    "Give the tolerance as a number: 'accuracy stayed within 0.5 % of FP32" + " (Δ < 1 point).'"),
            Map.entry(
                    Hint.RESOURCE,
                    "Name the hardware or envelope it has to fit: '... on the NPU, inside a 50 MB memory"
                            + " budget.'"),
            Map.entry(Hint.ENERGY, "Add the battery side: '... and a minute of scanning used 18 % less energy.'"),
            Map.entry(
                    Hint.ENERGY_FIGURE,
                    "Put a number on the battery side: 'power fell from 2.4 mW to 0.8 mW' or"
                            + " '18 % less energy per minute of use'."),
            Map.entry(
                    Hint.OPTIONS,
                    "Weigh two options and decide: 'I chose 8-bit over 4-bit because small fonts lost"
                            + " 3 points, which users hit on receipts.'"),
            Map.entry(
                    Hint.DECISION,
                    "End the comparison with a decision: 'I went with the 8-bit student because"
                            + " conversations stall past 250 ms.'"),
            Map.entry(
                    Hint.SCENARIO,
                    "Tie the choice to the user's scenario: 'If the scenario is live AR preview,"
                            + " latency wins, so I took the smaller model.'"),
            Map.entry(
                    Hint.COST,
                    "Say what you gave up and why it is acceptable: '... at the cost of 0.4 points of top-1,"
                            + " which nobody notices in the feed.'"),
            Map.entry(
                    Hint.PRIVACY,
                    "Say what staying on the device does for trust: 'Nothing is uploaded, so photos"
                            + " never leave the phone, and it works offline.'"),
            Map.entry(Hint.PRIVACY_DATA, "Say whose data stays where: '... so the audio never leaves the phone.'"),
            Map.entry(
                    Hint.PLAN,
                    "Add the plan for when quality drops: 'If accuracy slipped past 1 point, I'd switch to"
                            + " quantization-aware training or keep the first layers at FP16.'"),
            Map.entry(
                    Hint.TRIGGER,
                    "Tie the fallback to a trigger: 'If top-1 drops more than 1 point in the staged"
                            + " rollout, we roll back to FP16.'")));
    private static final Map<RedFlagKind, String> BY_FLAG = new EnumMap<>(Map.ofEntries(
            Map.entry(
                    RedFlagKind.HEDGE,
                    "Replace the hedge with the number and the bar: 'It runs in 38 ms against a" + " 50 ms budget.'"),
            Map.entry(
                    RedFlagKind.UNMEASURED_TECHNIQUE,
                    "After naming the technique, say what it did: 'Int8 took it from 19 ms to"
                            + " 7 ms with top-1 within 0.3 % of FP32.'"),
            Map.entry(
                    RedFlagKind.RESEARCH_FIRST,
                    "Start from the product, then bring the math: 'Users noticed shutter"
                            + " lag, so I set bit widths per layer by Hessian sensitivity: 40 ms became 22 ms.'"),
            Map.entry(
                    RedFlagKind.KEYWORD_STUFFING,
                    "Turn the list into sentences that join cause and effect: 'Int8 cut latency"
                            + " from 15 ms to 9 ms on the Neural Engine, and top-1 stayed within 0.5 % of FP32.'"),
            Map.entry(
                    RedFlagKind.RAMBLING,
                    "Cut the history: one sentence each for what the user gets, the measured"
                            + " change, and the decision you made."),
            Map.entry(
                    RedFlagKind.OFF_TOPIC,
                    "start from its scenario and its key points; an answer"
                            + " written for another question earns little here, however well measured."),
            Map.entry(
                    RedFlagKind.PARTLY_OFF_TOPIC,
                    "spend every sentence on its scenario; what belongs to"
                            + " another question earns nothing here.")));

    private RewriteTips() {}

    /** The tip for a criterion's first gap, or "" when nothing is missing. */
    static String forFinding(Finding f, Analysis a) {
        if (f.missing().isEmpty() || f.credit() >= 1) {
            return "";
        }
        Hint hint = f.missing().get(0);
        if (hint == Hint.BEFORE_AFTER && !a.quantities.isEmpty()) {
            Quantity q = a.quantities.get(0);
            String figure = a.text.substring(q.start(), q.end());
            return "You give '" + figure + "': add where it started, as a pair: 'from <before> to " + figure
                    + " on <device>'.";
        }
        return forHint(hint);
    }

    /** Every fixed tip, to check that stored scores can refer to them by number ({@link ScoreTexts}). */
    static Collection<String> fixedTips() {
        List<String> tips = new ArrayList<>(BY_HINT.values());
        tips.addAll(BY_FLAG.values());
        return tips;
    }

    /** The tip for a hint; "" only if one was forgotten (a test makes sure none is). */
    static String forHint(Hint hint) {
        return BY_HINT.getOrDefault(hint, "");
    }

    static String forFlag(RedFlagKind kind) {
        return BY_FLAG.getOrDefault(kind, "");
    }
}
