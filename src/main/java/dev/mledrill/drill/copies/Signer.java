package dev.mledrill.drill.copies;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import com.dynatrace.hash4j.similarity.SuperMinHashVersion;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs answer texts for near-copy detection and compares signatures. A text becomes the set of
 * its 3-word shingles taken within sentences (lower case, punctuation dropped, so case, spacing
 * and sentence order do not matter); the set is summarised by a SuperMinHash signature of 128
 * 16-bit components (hash4j, version pinned so stored signatures stay comparable), whose share
 * of equal components estimates the Jaccard similarity of two texts' shingle sets.
 * Thread-safe.
 */
public final class Signer {
    /** Names the method; stored with each signature, so a change of method is never compared across. */
    public static final String METHOD = "smh128x16-w3-v1";

    static final int COMPONENTS = 128;
    static final int SHINGLE_WORDS = 3;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Hasher64 SHINGLE_HASH = Hashing.komihash5_0();
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The low 15 bits of each 16-bit lane. */
    private static final long LOW_BITS = 0x7FFF7FFF7FFF7FFFL;

    private final SimilarityHashPolicy policy = SimilarityHashing.superMinHash(COMPONENTS, 16, SuperMinHashVersion.V1);
    private final ThreadLocal<com.dynatrace.hash4j.similarity.SimilarityHasher> hashers =
            ThreadLocal.withInitial(policy::createHasher);

    /** The signature of a text as written (the caller removes invisible characters first). */
    public Signature sign(String text) {
        long[] shingles = shingles(text);
        return new Signature(hashers.get().compute(ElementHashProvider.ofValues(shingles)), shingles.length);
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets, 0 to 1. */
    public double similarity(Signature a, Signature b) {
        return (double) equalComponents(a, b) / COMPONENTS;
    }

    /**
     * How many of the 128 16-bit components are equal. The same count as hash4j's
     * {@code getNumberOfEqualComponents}, eight times faster: four components per long, a lane counted
     * when it is all zero after XOR (rescoring compares millions of pairs).
     */
    int equalComponents(Signature a, Signature b) {
        byte[] x = a.raw();
        byte[] y = b.raw();
        if (x.length != y.length || x.length % Long.BYTES != 0) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < x.length; i += Long.BYTES) {
            long diff = (long) WORDS.get(x, i) ^ (long) WORDS.get(y, i);
            long nonZeroLow = (diff & LOW_BITS) + LOW_BITS;
            equal += Long.bitCount(~(nonZeroLow | diff | LOW_BITS));
        }
        return equal;
    }

    /** hash4j's own count, kept to test {@link #equalComponents} against. */
    int equalComponentsByHash4j(Signature a, Signature b) {
        return policy.getNumberOfEqualComponents(a.raw(), b.raw());
    }

    /** The distinct shingle hashes of a text (a sentence of one or two words is one shingle). */
    static long[] shingles(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        long[] hashes = new long[16];
        int count = 0;
        for (String sentence : SENTENCE_END.split(lower)) {
            String[] words = words(sentence);
            for (int i = 0; i < words.length; i++) {
                // a figure changed does not make a text one's own
                words[i] = Character.isDigit(words[i].charAt(0)) ? "#" : words[i];
            }
            if (words.length == 0) {
                continue;
            }
            int last = Math.max(0, words.length - SHINGLE_WORDS);
            for (int from = 0; from <= last; from++) {
                String shingle =
                        String.join(" ", Arrays.copyOfRange(words, from, Math.min(words.length, from + SHINGLE_WORDS)));
                if (count == hashes.length) {
                    hashes = Arrays.copyOf(hashes, count * 2);
                }
                hashes[count++] = SHINGLE_HASH.hashCharsToLong(shingle);
            }
        }
        return Arrays.stream(hashes, 0, count).distinct().toArray();
    }

    private static String[] words(String sentence) {
        Matcher m = WORD.matcher(sentence);
        java.util.List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        return words.toArray(String[]::new);
    }
}
