package dev.mledrill.chat;

import dev.mledrill.question.Question;
import java.util.Objects;

/** A private extra question for one user; answers are scored but never enter leaderboards. */
public record PracticePost(UserRef user, ChannelRef requestedIn, Question question) {
    public PracticePost {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(question, "question");
    }
}
