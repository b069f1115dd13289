package dev.mledrill.rubric;

import java.util.Objects;

/** A quoted span of the answer that earned (or cost) points; offsets are char indexes into the answer. */
public record Evidence(String quote, int start, int end) {
    public Evidence {
        Objects.requireNonNull(quote, "quote");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
