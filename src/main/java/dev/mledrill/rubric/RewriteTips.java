package dev.mledrill.rubric;

import java.util.Map;

/**
 * One rewrite tip per gap, each showing the shape of a better sentence. Where the answer
 * already has a figure, the tip builds on it.
 */
final class RewriteTips {
    private static final Map<String, String> BY_HINT = Map.ofEntries(
            Map.entry("opening", "Open with what the user feels, then the number: 'Scrolling must stay under 16 ms a"
                    + " frame, so the classifier had to fit in 8 ms on the GPU.'"),
            Map.entry("outcome", "Open with what the user feels, then the number: 'Scrolling must stay under 16 ms a"
                    + " frame, so the classifier had to fit in 8 ms on the GPU.'"),
            Map.entry("target", "Put the target next to the user outcome: '..., so the budget was 60 ms per frame on"
                    + " a Pixel 7.'"),
            Map.entry("figures", "Give the measurement with its unit, before and after, and where: 'Int8 took the"
                    + " detector from 140 ms to 52 ms on an iPhone 11.'"),
            Map.entry("before_after", "Show the change as a pair: 'from 110 ms to 82 ms' says more than '82 ms'."),
            Map.entry("device", "Say what it was measured on: '... from 140 ms to 52 ms on a Pixel 7's NPU.'"),
            Map.entry("quality", "Say what happened to quality against a reference: 'top-1 stayed within 0.3 % of the"
                    + " FP32 model.'"),
            Map.entry("baseline", "Name the baseline you compared against: '... within 0.5 points of the server"
                    + " model.'"),
            Map.entry("tolerance", "Give the tolerance as a number: 'accuracy stayed within 0.5 % of FP32"
                    + " (Δ < 1 point).'"),
            Map.entry("resource", "Name the hardware or envelope it has to fit: '... on the NPU, inside a 50 MB memory"
                    + " budget.'"),
            Map.entry("energy", "Add the battery side: '... and a minute of scanning used 18 % less energy.'"),
            Map.entry("energy_figure", "Put a number on the battery side: 'power fell from 2.4 mW to 0.8 mW' or"
                    + " '18 % less energy per minute of use'."),
            Map.entry("options", "Weigh two options and decide: 'I chose 8-bit over 4-bit because small fonts lost"
                    + " 3 points, which users hit on receipts.'"),
            Map.entry("decision", "End the comparison with a decision: 'I went with the 8-bit student because"
                    + " conversations stall past 250 ms.'"),
            Map.entry("scenario", "Tie the choice to the user's scenario: 'If the scenario is live AR preview,"
                    + " latency wins, so I took the smaller model.'"),
            Map.entry("cost", "Say what you gave up and why it is acceptable: '... at the cost of 0.4 points of top-1,"
                    + " which nobody notices in the feed.'"),
            Map.entry("privacy", "Say what staying on the device does for trust: 'Nothing is uploaded, so photos"
                    + " never leave the phone, and it works offline.'"),
            Map.entry("privacy_data", "Say whose data stays where: '... so the audio never leaves the phone.'"),
            Map.entry("plan", "Add the plan for when quality drops: 'If accuracy slipped past 1 point, I'd switch to"
                    + " quantization-aware training or keep the first layers at FP16.'"),
            Map.entry("trigger", "Tie the fallback to a trigger: 'If top-1 drops more than 1 point in the staged"
                    + " rollout, we roll back to FP16.'"),
            Map.entry(FlagHit.HEDGE, "Replace the hedge with the number and the bar: 'It runs in 38 ms against a"
                    + " 50 ms budget.'"),
            Map.entry(FlagHit.UNMEASURED, "After naming the technique, say what it did: 'Int8 took it from 19 ms to"
                    + " 7 ms with top-1 within 0.3 % of FP32.'"),
            Map.entry(FlagHit.RESEARCH_FIRST, "Start from the product, then bring the math: 'Users noticed shutter"
                    + " lag, so I set bit widths per layer by Hessian sensitivity: 40 ms became 22 ms.'"),
            Map.entry(FlagHit.STUFFING, "Turn the list into sentences that join cause and effect: 'Int8 cut latency"
                    + " from 15 ms to 9 ms on the Neural Engine, and top-1 stayed within 0.5 % of FP32.'"),
            Map.entry(FlagHit.RAMBLING, "Cut the history: one sentence each for what the user gets, the measured"
                    + " change, and the decision you made."),
            Map.entry(OffTopicExplainer.OFF_TOPIC, "start from its scenario and its key points; an answer"
                    + " written for another question earns little here, however well measured."),
            Map.entry(OffTopicExplainer.PARTLY_OFF_TOPIC, "spend every sentence on its scenario; what belongs to"
                    + " another question earns nothing here."));

    private RewriteTips() {
    }

    /** The tip for a criterion's first gap, or "" when nothing is missing. */
    static String forFinding(Finding f, Analysis a) {
        if (f.missing().isEmpty() || f.credit() >= 1) {
            return "";
        }
        String hint = f.missing().get(0);
        if (hint.equals("before_after") && !a.quantities.isEmpty()) {
            Quantity q = a.quantities.get(0);
            String figure = a.text.substring(q.start(), q.end());
            return "You give '" + figure + "': add where it started, as a pair: 'from <before> to " + figure
                    + " on <device>'.";
        }
        return BY_HINT.getOrDefault(hint, "");
    }

    /** Every fixed tip, to check that stored scores can refer to them by number ({@link ScoreTexts}). */
    static java.util.Collection<String> fixedTips() {
        return BY_HINT.values();
    }

    static String forFlag(String flagId) {
        return BY_HINT.getOrDefault(flagId, "");
    }
}
