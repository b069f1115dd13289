package dev.mledrill.drill.copies;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether an answer's current text is a near copy, from the signatures of every revision
 * of the answers it could have copied. A text is a copy of another answer when that answer showed
 * a near-identical text (similarity at least {@link #THRESHOLD}) before this answer first showed
 * its own: so the original's later typo fix does not turn the tables, and an early placeholder
 * edited into a copy is still the copy. The same function serves live checks and rescoring.
 */
public final class CopyJudge {
    /** Estimated Jaccard similarity of 3-word shingle sets from which two texts are "the same give or take small edits". */
    public static final double THRESHOLD = 0.30;
    /** Texts with fewer distinct shingles (about a dozen words) are too short to call copies. */
    public static final int MIN_SHINGLES = 10;

    /** One revision of an answer: when that text was written, and its signature. */
    public record Revision(Instant writtenAt, Signature signature) {
        public Revision {
            Objects.requireNonNull(writtenAt, "writtenAt");
            Objects.requireNonNull(signature, "signature");
        }
    }

    /** An answer with the signatures of its revisions. */
    public record Text(long answerId, List<Revision> revisions) {
        public Text {
            revisions = List.copyOf(revisions);
        }
    }

    private record Match(long answerId, Instant firstNear, double similarity) {}

    private final Signer signer;
    private final int threshold;

    public CopyJudge(Signer signer) {
        this.signer = signer;
        this.threshold = (int) Math.ceil(THRESHOLD * Signer.COMPONENTS);
    }

    /**
     * @param subject      the answer judged, every revision included (its current one too)
     * @param current      the signature of its current text
     * @param othersInThread answers by other people to the same posted question (withdrawn ones too:
     *                       a copy made while the original was visible stays a copy)
     * @param ownElsewhere the author's own answers to other questions, not withdrawn
     */
    public CopyVerdict judge(Text subject, Signature current, List<Text> othersInThread, List<Text> ownElsewhere) {
        if (current.shingles() < MIN_SHINGLES) {
            return CopyVerdict.CLEAN;
        }
        Optional<Instant> origin = firstNear(subject, current).map(Match::firstNear);
        if (origin.isEmpty()) {
            return CopyVerdict.CLEAN;
        }
        Optional<Match> copied = earliestOriginal(subject.answerId(), origin.get(), current, othersInThread);
        if (copied.isPresent()) {
            return CopyVerdict.flagged(
                    CopyFlag.COPIED, copied.get().answerId(), copied.get().similarity());
        }
        return earliestOriginal(subject.answerId(), origin.get(), current, ownElsewhere)
                .map(m -> CopyVerdict.flagged(CopyFlag.RECYCLED, m.answerId(), m.similarity()))
                .orElse(CopyVerdict.CLEAN);
    }

    /**
     * Whether some revision of the candidate is near {@code current}. Only such candidates can be named
     * as the original, so {@link #judge} over those alone gives the verdict it gives over all of them.
     */
    public boolean near(Text candidate, Signature current) {
        for (Revision r : candidate.revisions()) {
            if (r.signature().shingles() >= MIN_SHINGLES
                    && signer.equalComponents(r.signature(), current) >= threshold) {
                return true;
            }
        }
        return false;
    }

    /** The most similar candidate (the lowest id among equals) that showed a near-identical text before the subject did. */
    private Optional<Match> earliestOriginal(long subjectId, Instant origin, Signature current, List<Text> candidates) {
        Match best = null;
        for (Text candidate : candidates) {
            if (candidate.answerId() == subjectId) {
                continue;
            }
            Optional<Match> near = firstNear(candidate, current);
            if (near.isEmpty()) {
                continue;
            }
            Match m = near.get();
            boolean earlier =
                    m.firstNear().isBefore(origin) || m.firstNear().equals(origin) && m.answerId() < subjectId;
            if (earlier
                    && (best == null
                            || m.similarity() > best.similarity()
                            || m.similarity() == best.similarity() && m.answerId() < best.answerId())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** When the answer first showed a text near {@code current}, and the best similarity among those revisions. */
    private Optional<Match> firstNear(Text text, Signature current) {
        Instant first = null;
        int best = -1;
        for (Revision r : text.revisions()) {
            if (r.signature().shingles() < MIN_SHINGLES) {
                continue;
            }
            int equal = signer.equalComponents(r.signature(), current);
            if (equal >= threshold) {
                first = first == null || r.writtenAt().isBefore(first) ? r.writtenAt() : first;
                best = Math.max(best, equal);
            }
        }
        return first == null
                ? Optional.empty()
                : Optional.of(new Match(text.answerId(), first, (double) best / Signer.COMPONENTS));
    }
}
