package dev.mledrill.progress;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.DrillService;
import dev.mledrill.question.Question;
import java.util.Optional;

/**
 * Starts a practice question: of the asked category (the one answered least), or without one
 * aimed at the person's weak area; sends it and returns it with the reason for the choice.
 */
public final class TargetedPractice {
    private final DrillService drill;
    private final WeakAreaPractice weakArea;

    public TargetedPractice(DrillService drill, ScoreHistory history) {
        this.drill = drill;
        this.weakArea =
                new WeakAreaPractice(history, drill::questions, drill::questionsAnsweredBy, drill::pickPractice);
    }

    /** The choice without sending it (the terminal shows it itself). */
    public PracticeChoice choose(UserRef user, Optional<String> category) {
        if (category.isPresent()) {
            Question q = drill.pickPractice(user, category);
            return new PracticeChoice(q, "A " + q.category() + " question, the one you have answered least there.");
        }
        return weakArea.choose(user);
    }

    /** Chooses and sends it by DM (through the user's platform). */
    public PracticeChoice start(UserRef user, ChannelRef requestedIn, Optional<String> category) {
        PracticeChoice choice = choose(user, category);
        drill.practice(user, requestedIn, choice.question());
        return choice;
    }
}
