package dev.mledrill.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mledrill.rubric.Quantity.Dimension;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalysisTest {

    @Test
    @DisplayName("the tokenizer keeps hyphenated terms, metrics and decimals whole and marks arrows")
    void tokenizes() {
        List<Token> tokens = Tokenizer.tokenize("On-device top-1 rose 0.5% (recall@10), 2.1 GB -> 0.9 GB; e.g. 20,000");

        assertThat(tokens)
                .extracting(Token::lower)
                .containsExactly(
                        "on-device",
                        "top-1",
                        "rose",
                        "0.5",
                        "%",
                        "(",
                        "recall@10",
                        ")",
                        ",",
                        "2.1",
                        "gb",
                        "→",
                        "0.9",
                        "gb",
                        ";",
                        "e.g.",
                        "20,000");
    }

    @ParameterizedTest
    @CsvSource({
        "quantization,quantiz",
        "quantized,quantiz",
        "pruning,prune",
        "distillation,distil",
        "users,user",
        "feels,feel",
        "stutters,stutter",
        "latencies,latenc",
        "top-1,top-1",
        "int8,int8"
    })
    @DisplayName("the stemmer strips English suffixes and leaves tokens with digits alone")
    void stems(String word, String stem) {
        assertThat(Stemmer.stem(word)).isEqualTo(stem);
    }

    @Test
    @DisplayName("sentences split at full stops but not at decimals or 'e.g.', and repeats are marked")
    void sentences() {
        Analysis a = Analysis.of("It took 1.5 ms, e.g. on the NPU. It took 1.5 ms, e.g. on the NPU. Done here now.");

        assertThat(a.sentences).hasSize(3);
        assertThat(a.sentences).extracting(Sentence::duplicate).containsExactly(false, true, false);
    }

    @Test
    @DisplayName("a list of terms is not a connected sentence; a statement is")
    void connectedness() {
        Analysis list = Analysis.of("Latency battery privacy accuracy baseline on-device 15 ms 20% 4 mAh.");
        Analysis statement = Analysis.of("Int8 took it from 19 ms to 7 ms with top-1 within 0.3% of FP32.");

        assertThat(list.sentences.get(0).connected()).isFalse();
        assertThat(statement.sentences.get(0).connected()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The budget was 60 ms per frame.|60.0|ms|TIME",
                "Battery use fell 18% overall.|18.0|%|PERCENT",
                "It lost 3 points on receipts.|3.0|points|POINTS",
                "It drew 0.8 mW on the DSP.|0.8|mW|POWER",
                "It used 120 mAh per hour.|120.0|mAh|CHARGE",
                "The index is 2.1 GB now.|2.1|GB|MEMORY",
                "A 120M parameter student.|120.0|params|PARAMETERS",
                "It runs at 30 fps now.|30.0|fps|FRAME_RATE",
                "It is 1.1 BLEU below the cloud.|1.1|BLEU|QUALITY_METRIC",
                "It needs 0.6 GFLOPs per frame.|0.6|GFLOPs|COMPUTE",
                "It is 3x faster.|3.0|x|FACTOR",
                "It took 2.8 s end to end.|2.8|s|TIME",
            })
    @DisplayName("quantities are read with their units")
    void quantities(String text, double value, String unit, Dimension dimension) {
        List<Quantity> qs = Analysis.of(text).quantities;

        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).value()).isEqualTo(value);
        assertThat(qs.get(0).unit()).isEqualTo(unit);
        assertThat(qs.get(0).dimension()).isEqualTo(dimension);
    }

    @Test
    @DisplayName("'8-bit' and bare counts are not measurements")
    void notQuantities() {
        assertThat(Analysis.of("We used 8-bit weights over 20,000 photos.").quantities)
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Latency went from 110 ms to 82 ms.|110.0|82.0",
                "On the NPU 140 ms became 52 ms.|140.0|52.0",
                "The index shrank, 2.1 GB → 0.9 GB.|2.1|0.9",
                "It uses 450 MB instead of 2.3 GB.|2.3|450.0",
                "Power dropped from 2.4 mW to 0.8 mW.|2.4|0.8",
            })
    @DisplayName("before→after pairs are found in their usual phrasings")
    void pairs(String text, double before, double after) {
        List<Change> changes = Analysis.of(text).changes;

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).before().value()).isEqualTo(before);
        assertThat(changes.get(0).after().value()).isEqualTo(after);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "We cut latency by 30 % on the GPU.",
                "Scanning used 18% less energy.",
                "Recall dropped by 0.8% overall.",
                "It is 1.1 BLEU below the cloud model.",
            })
    @DisplayName("relative changes are found")
    void relativeChanges(String text) {
        List<Change> changes = Analysis.of(text).changes;

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).isPair()).isFalse();
    }

    @Test
    @DisplayName("a figure that is only reported is not a change")
    void noChange() {
        assertThat(Analysis.of("The baseline detector took 140 ms.").changes).isEmpty();
    }
}
