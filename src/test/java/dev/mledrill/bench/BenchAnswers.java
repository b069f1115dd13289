package dev.mledrill.bench;

import java.util.List;

/** Answers of about 150 words (and a few shorter ones) that the benchmarks score. */
final class BenchAnswers {
    /** 150 words: a complete product-first story. */
    static final String WORDS_150 = "Live Text only feels magic if text is selectable the moment the camera settles,"
            + " so the budget was 60 ms per frame on an iPhone 11. The baseline detector took 140 ms. I replaced the"
            + " backbone with a MobileNetV3 variant, fused batch norms and quantized to 8-bit with per-channel scales:"
            + " 140 ms became 52 ms, character accuracy stayed within 0.5 points of the server OCR, and a minute of"
            + " continuous scanning used 18% less energy. I rejected 4-bit because small fonts lost 3 points, which"
            + " users hit on receipts. If accuracy had slipped further, I'd have distilled from the server model on"
            + " receipt-heavy data. Nothing is uploaded, so documents stay private. We rolled it out to 5% of users"
            + " first and watched crash rate and scan success; after a week both matched the old model, and median"
            + " time to selectable text fell from 1.4 s to 0.6 s on mid-range Android phones.";

    static final List<String> ALL = List.of(
            WORDS_150,
            "Users want text to be selectable right away, so I aimed for under 80 ms. Quantizing the detector to int8"
                    + " brought it from 140 ms to 70 ms on a mid-range Android phone and accuracy dropped about 1%.",
            "I would quantize the OCR model to int8 and use a lighter backbone like MobileNet. This should make it much"
                    + " faster and smaller, and then I'd check the accuracy on a test set.",
            "Latency battery privacy user experience accuracy baseline on-device trade-off compute 15 ms 20% 4 mAh.");

    private BenchAnswers() {}
}
