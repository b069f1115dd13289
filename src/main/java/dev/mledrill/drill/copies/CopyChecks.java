package dev.mledrill.drill.copies;

import java.util.List;
import java.util.Optional;

/** Where near-copy checks are judged and kept: signatures per answer revision, and each answer's verdict. */
public interface CopyChecks {

    /** What one check did: the verdict the answer had before it and the one it has now. */
    record Checked(long answerId, CopyVerdict before, CopyVerdict after) {
        /** Whether the answer went from counted to not counted, or back. */
        public boolean flagChanged() {
            return !before.flag().equals(after.flag());
        }
    }

    /**
     * Keeps {@code signature} as that of the answer's {@code revision}, judges it with the judge against
     * the signatures of the answers it could have copied, and keeps the verdict, with the standings it
     * changes, in one transaction that holds the answer's thread and author, so two answers checked at
     * once see each other. Empty when the answer is gone or withdrawn, or has moved on to a newer revision
     * (whose own check follows).
     */
    Optional<Checked> check(long answerId, int revision, Signature signature);

    /** The answers flagged {@code recycled} of this one: to check again when it is withdrawn. */
    List<Long> recycledFrom(long answerId);
}
