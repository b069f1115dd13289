package dev.mledrill.command;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.UserRef;
import dev.mledrill.progress.PracticeChoice;
import java.util.Optional;

/**
 * Sends a user a private practice question ({@code TargetedPractice#start} in production): of the
 * category when given, else aimed at their weak area; returns it with the reason it was chosen.
 * Throws IllegalArgumentException with a user-facing message for an unknown category.
 */
@FunctionalInterface
public interface PracticeStarter {
    PracticeChoice start(UserRef user, ChannelRef requestedIn, Optional<String> category);
}
