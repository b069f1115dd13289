package dev.mledrill.drill.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SignerTest {
    private final Signer signer = new Signer();

    @Test
    @DisplayName("the fast count of equal components equals hash4j's own on related and unrelated texts")
    void fastCountMatchesHash4j() {
        Random random = new Random(3);
        List<Signature> signatures = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 40 + random.nextInt(80); w++) {
                text.append("w").append(random.nextInt(i % 2 == 0 ? 60 : 4000)).append(w % 9 == 8 ? ". " : " ");
            }
            signatures.add(signer.sign(text.toString()));
        }
        for (Signature a : signatures) {
            for (Signature b : signatures) {
                assertThat(signer.equalComponents(a, b)).isEqualTo(signer.equalComponentsByHash4j(a, b));
            }
        }
        assertThat(signer.equalComponents(signatures.get(0), signatures.get(0))).isEqualTo(128);
    }

    @Test
    @DisplayName("case, punctuation, spacing, sentence order and changed figures do not change a signature")
    void normalisation() {
        Signature a = signer.sign("Latency fell from 48 ms to 21 ms on a Pixel 7. Users stopped seeing the stutter!");
        Signature b = signer.sign("users stopped seeing the stutter.   LATENCY fell from 52 ms to 19 ms on a Pixel 8");

        assertThat(signer.similarity(a, b)).isEqualTo(1.0);
        assertThat(a.shingles()).isEqualTo(13);
    }
}
