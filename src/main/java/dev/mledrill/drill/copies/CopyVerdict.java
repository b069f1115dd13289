package dev.mledrill.drill.copies;

import java.util.Optional;

/**
 * What the check found for one answer: nothing, or a flag with the answer it nearly copies and the
 * estimated share of shingles the two texts have in common.
 */
public record CopyVerdict(Optional<CopyFlag> flag, Optional<Long> copyOf, double similarity) {
    public static final CopyVerdict CLEAN = new CopyVerdict(Optional.empty(), Optional.empty(), 0);

    public CopyVerdict {
        flag = flag == null ? Optional.empty() : flag;
        copyOf = copyOf == null ? Optional.empty() : copyOf;
        if (flag.isEmpty() && (copyOf.isPresent() || similarity != 0)) {
            throw new IllegalArgumentException("a clean verdict names no original");
        }
    }

    public static CopyVerdict flagged(CopyFlag flag, Long copyOf, double similarity) {
        return new CopyVerdict(Optional.of(flag), Optional.ofNullable(copyOf), similarity);
    }

    public boolean flagged() {
        return flag.isPresent();
    }
}
