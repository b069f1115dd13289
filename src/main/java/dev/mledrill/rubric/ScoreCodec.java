package dev.mledrill.rubric;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A score in the compact binary form the store keeps (about a tenth of its JSON): numbers as
 * varints in hundredths, the rubric's fixed texts (tips, flag explanations, ids, bands) as indexes
 * into the append-only {@link ScoreTexts} table, and evidence as offsets into the answer text the
 * score was made from instead of repeated quotes. A quote that is not that text's span at its
 * offsets (or when no text is given) is kept literally, so nothing is lost. Decoding needs the
 * same text: without it (the text was purged) every offset-only quote reads as "".
 */
public final class ScoreCodec {
    /** First byte of every encoded score; a later layout takes the next number. */
    static final int LAYOUT = 1;

    private static final int TIP_NONE = 0;
    private static final int TIP_OF_CRITERION = 1;
    private static final int TIP_TEXT = 2;

    private ScoreCodec() {}

    /** The score's bytes; {@code answer} is the text it was scored from, or null if unknown. */
    public static byte[] encode(Score score, String answer) {
        Out out = new Out();
        out.write(LAYOUT);
        out.number(score.total());
        out.text(score.band());
        out.text(score.rubricVersion());
        out.varint(score.criteria().size());
        for (CriterionScore c : score.criteria()) {
            out.text(c.criterion().id());
            out.number(c.points());
            out.number(c.max());
            out.text(c.tip());
            out.evidence(c.evidence(), answer);
        }
        out.varint(score.redFlags().size());
        for (RedFlag f : score.redFlags()) {
            out.text(f.id());
            out.text(f.explanation());
            out.number(f.deduction());
            out.evidence(f.evidence(), answer);
        }
        KeyPointCoverage k = score.keyPoints();
        out.texts(k.covered());
        out.texts(k.missed());
        out.evidence(k.quotes(), answer);
        out.number(k.deduction());
        tip(out, score);
        return out.bytes();
    }

    /** The score back from its bytes, its offset-only quotes cut from {@code answer} (null: quotes read as ""). */
    public static Score decode(byte[] bytes, String answer) {
        In in = new In(bytes);
        int layout = in.read();
        if (layout != LAYOUT) {
            throw new IllegalArgumentException("unknown score layout " + layout);
        }
        double total = in.number();
        String band = in.text();
        String version = in.text();
        int n = in.varint();
        List<CriterionScore> criteria = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = in.text();
            Criterion criterion =
                    Criterion.fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown criterion " + id));
            double points = in.number();
            double max = in.number();
            String tip = in.text();
            criteria.add(new CriterionScore(criterion, points, max, in.evidence(answer), tip));
        }
        n = in.varint();
        List<RedFlag> flags = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = in.text();
            RedFlagKind kind =
                    RedFlagKind.fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown red flag " + id));
            String explanation = in.text();
            double deduction = in.number();
            flags.add(new RedFlag(kind, explanation, deduction, in.evidence(answer)));
        }
        List<String> covered = in.texts();
        List<String> missed = in.texts();
        List<Evidence> quotes = in.evidence(answer);
        KeyPointCoverage keyPoints = new KeyPointCoverage(covered, missed, quotes, in.number());
        String tip = switch (in.read()) {
            case TIP_NONE -> "";
            case TIP_OF_CRITERION -> {
                CriterionScore c = criteria.get(in.varint());
                yield c.criterion().title() + ": " + c.tip();
            }
            default -> in.text();
        };
        return new Score(total, band, criteria, flags, keyPoints, tip, version);
    }

    /** The same score with every quote emptied and its text dropped (answer texts purged by retention). */
    public static byte[] withoutQuotes(byte[] bytes) {
        Score s = decode(bytes, null);
        List<CriterionScore> criteria = s.criteria().stream()
                .map(c -> new CriterionScore(c.criterion(), c.points(), c.max(), empty(c.evidence()), c.tip()))
                .toList();
        List<RedFlag> flags = s.redFlags().stream()
                .map(f -> new RedFlag(f.kind(), f.explanation(), f.deduction(), empty(f.evidence())))
                .toList();
        KeyPointCoverage k = s.keyPoints();
        return encode(
                new Score(
                        s.total(),
                        s.band(),
                        criteria,
                        flags,
                        new KeyPointCoverage(k.covered(), k.missed(), empty(k.quotes()), k.deduction()),
                        s.tip(),
                        s.rubricVersion()),
                null);
    }

    /** Whether a quote of the score survives without the answer text (it was kept literally). */
    public static boolean hasQuoteWithout(byte[] bytes) {
        Score s = decode(bytes, null);
        return s.criteria().stream()
                        .flatMap(c -> c.evidence().stream())
                        .anyMatch(e -> !e.quote().isEmpty())
                || s.redFlags().stream()
                        .flatMap(f -> f.evidence().stream())
                        .anyMatch(e -> !e.quote().isEmpty())
                || s.keyPoints().quotes().stream().anyMatch(e -> !e.quote().isEmpty());
    }

    private static List<Evidence> empty(List<Evidence> evidence) {
        return evidence.stream().map(e -> new Evidence("", e.start(), e.end())).toList();
    }

    /** The overall tip, usually the tip of the criterion furthest from full marks, is then only its index. */
    private static void tip(Out out, Score score) {
        if (score.tip().isEmpty()) {
            out.write(TIP_NONE);
            return;
        }
        for (int i = 0; i < score.criteria().size(); i++) {
            CriterionScore c = score.criteria().get(i);
            if (score.tip().equals(c.criterion().title() + ": " + c.tip())) {
                out.write(TIP_OF_CRITERION);
                out.varint(i);
                return;
            }
        }
        out.write(TIP_TEXT);
        out.text(score.tip());
    }

    private static final class Out extends ByteArrayOutputStream {
        Out() {
            super(128);
        }

        void varint(long value) {
            long v = value;
            while ((v & ~0x7FL) != 0) {
                write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            write((int) v);
        }

        /** Hundredths as an even varint when exact (every rubric number is), else an odd marker and the raw bits. */
        void number(double value) {
            long hundredths = Math.round(value * 100);
            if (hundredths >= 0 && hundredths < (1L << 40) && hundredths / 100.0 == value) {
                varint(hundredths << 1);
            } else {
                varint(1);
                long bits = Double.doubleToRawLongBits(value);
                for (int i = 0; i < 8; i++) {
                    write((int) (bits >>> (8 * i)));
                }
            }
        }

        /** A fixed text as 1 + its index, any other as 0, its UTF-8 length and bytes. */
        void text(String text) {
            int index = ScoreTexts.indexOf(text);
            if (index >= 0) {
                varint(index + 1L);
                return;
            }
            varint(0);
            literal(text);
        }

        void literal(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length);
            writeBytes(utf8);
        }

        void texts(List<String> texts) {
            varint(texts.size());
            texts.forEach(this::text);
        }

        /** Per quote: start, then (length &lt;&lt; 1 | literal); a literal quote follows as UTF-8. */
        void evidence(List<Evidence> evidence, String answer) {
            varint(evidence.size());
            for (Evidence e : evidence) {
                int length = e.end() - e.start();
                boolean spanned = answer != null
                        && e.end() <= answer.length()
                        && e.quote().length() == length
                        && answer.startsWith(e.quote(), e.start());
                varint(e.start());
                varint(((long) length << 1) | (spanned ? 0 : 1));
                if (!spanned) {
                    literal(e.quote());
                }
            }
        }

        byte[] bytes() {
            return toByteArray();
        }
    }

    private static final class In {
        private final byte[] bytes;
        private int at;

        In(byte[] bytes) {
            this.bytes = bytes;
        }

        int read() {
            if (at >= bytes.length) {
                throw new IllegalArgumentException("encoded score ends early");
            }
            return bytes[at++] & 0xFF;
        }

        long varlong() {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                int b = read();
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
        }

        int varint() {
            return Math.toIntExact(varlong());
        }

        double number() {
            long v = varlong();
            if ((v & 1) == 0) {
                return (v >>> 1) / 100.0;
            }
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits |= (long) read() << (8 * i);
            }
            return Double.longBitsToDouble(bits);
        }

        String text() {
            int ref = varint();
            return ref == 0 ? literal() : ScoreTexts.at(ref - 1);
        }

        String literal() {
            int length = varint();
            if (length > bytes.length - at) {
                throw new IllegalArgumentException("encoded score ends early");
            }
            String s = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return s;
        }

        List<String> texts() {
            int n = varint();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(text());
            }
            return out;
        }

        List<Evidence> evidence(String answer) {
            int n = varint();
            List<Evidence> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int start = varint();
                long lengthAndLiteral = varlong();
                int end = start + (int) (lengthAndLiteral >>> 1);
                String quote;
                if ((lengthAndLiteral & 1) == 1) {
                    quote = literal();
                } else {
                    quote = answer != null && end <= answer.length() ? answer.substring(start, end) : "";
                }
                out.add(new Evidence(quote, start, end));
            }
            return out;
        }
    }
}
