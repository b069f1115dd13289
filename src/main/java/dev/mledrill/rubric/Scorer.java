package dev.mledrill.rubric;

import java.util.Optional;

/** Scores an answer against the rubric, optionally aware of the question it answers. */
public interface Scorer {
    Score score(String answer, Optional<? extends AskedQuestion> question);

    /** The version of the rubric this scorer applies; stored with every score. */
    String rubricVersion();
}
