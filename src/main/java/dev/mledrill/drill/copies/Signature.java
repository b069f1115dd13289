package dev.mledrill.drill.copies;

import java.util.Arrays;
import java.util.Objects;

/**
 * The near-copy fingerprint of one answer text: a SuperMinHash signature of its word shingles
 * ({@link Signer}), and how many distinct shingles it was made from (too few and the text is
 * too short to call a copy).
 */
public record Signature(byte[] bytes, int shingles) {
    public Signature {
        Objects.requireNonNull(bytes, "bytes");
        bytes = bytes.clone();
        if (shingles < 0) {
            throw new IllegalArgumentException("shingles must not be negative: " + shingles);
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    byte[] raw() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && s.shingles == shingles && Arrays.equals(s.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + shingles;
    }

    @Override
    public String toString() {
        return "Signature[" + bytes.length + " bytes, " + shingles + " shingles]";
    }
}
