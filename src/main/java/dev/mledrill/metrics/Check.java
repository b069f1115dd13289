package dev.mledrill.metrics;

import java.util.Optional;

/** One health condition: empty when it holds, else a one-line reason. */
@FunctionalInterface
public interface Check {
    Optional<String> problem();
}
