package dev.mledrill.chat;

import java.time.Instant;

/**
 * {@link PrivateAnswers} where no core takes private answers (an adapter started for thread answers
 * only): the form is never opened and nothing is stored; the person is told to reply in the thread.
 */
public enum PrivateAnswerRefusal implements PrivateAnswers {
    INSTANCE;

    static final String MESSAGE = "Answers are replies in this question's thread here.";

    @Override
    public Draft draft(ChannelRef channel, String threadId, UserRef user, Instant at) {
        return new Draft.Refused(MESSAGE);
    }

    @Override
    public Receipt submit(
            String eventId,
            ChannelRef channel,
            String threadId,
            UserRef user,
            String displayName,
            String text,
            Instant at) {
        return new Receipt.Rejected(MESSAGE);
    }

    @Override
    public Receipt withdraw(String eventId, ChannelRef channel, String threadId, UserRef user, Instant at) {
        return new Receipt.Ignored(MESSAGE);
    }
}
