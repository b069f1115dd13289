package dev.mledrill.command;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.UserRef;
import dev.mledrill.question.Question;
import java.util.Optional;

/**
 * Sends a user a private practice question ({@code DrillService#startPractice} in production).
 * Throws IllegalArgumentException with a user-facing message for an unknown category.
 */
@FunctionalInterface
public interface PracticeStarter {
    Question start(UserRef user, ChannelRef requestedIn, Optional<String> category);
}
