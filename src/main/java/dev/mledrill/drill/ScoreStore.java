package dev.mledrill.drill;

import dev.mledrill.rubric.Score;
import java.time.Instant;

/** Scores per answer revision and rubric version; the newest one for the current revision is shown. */
public interface ScoreStore {

    /**
     * Saves the score of one revision and makes it the answer's current score if that revision is
     * still the answer's latest. Returns false if this revision was already scored with this rubric version.
     */
    boolean save(long answerId, int revision, Score score, Instant at);
}
