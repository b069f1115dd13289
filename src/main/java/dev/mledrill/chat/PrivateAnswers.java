package dev.mledrill.chat;

import java.time.Instant;
import java.util.Objects;

/**
 * The port for answers written in a private form instead of the thread (channel option
 * {@code answers: private}): the adapters open the form, hand its text in, and withdraw on request;
 * the core finds the person's current answer and stores it like a thread reply.
 */
public interface PrivateAnswers {

    /** What the Answer button opens for this person, at {@code at}. */
    Draft draft(ChannelRef channel, String threadId, UserRef user, Instant at);

    /**
     * Stores the form's text as the person's answer, or as an edit of their current one. Returns
     * once it is durable: {@link Receipt.Stored}, {@link Receipt.Duplicate}, or {@link Receipt.Rejected}
     * with what to show in the form (empty, too long, window closed...).
     */
    Receipt submit(
            String eventId,
            ChannelRef channel,
            String threadId,
            UserRef user,
            String displayName,
            String text,
            Instant at);

    /** Withdraws the person's current answer: {@link Receipt.Withdrawn}, or {@link Receipt.Ignored} if there is none. */
    Receipt withdraw(String eventId, ChannelRef channel, String threadId, UserRef user, Instant at);

    /**
     * What the *Reply to follow-up* button of a private answer's feedback opens: {@link Draft.Fresh} with the
     * probe as its prompt, or {@link Draft.Refused} (already answered, window closed, no probe).
     */
    default Draft followUp(ChannelRef channel, String threadId, UserRef user, Instant at) {
        return new Draft.Refused(NO_FOLLOW_UP);
    }

    /**
     * Stores the follow-up form's text as the reply to the person's probe on their private answer, scored
     * together with it like a thread reply. Returns once it is durable: {@link Receipt.Stored}, or
     * {@link Receipt.Rejected} with what to show (empty, too long, already answered, window closed...).
     */
    default Receipt replyToFollowUp(
            String eventId, ChannelRef channel, String threadId, UserRef user, String text, Instant at) {
        return new Receipt.Rejected(NO_FOLLOW_UP);
    }

    String NO_FOLLOW_UP = "No follow-up question is waiting for your reply on this question.";
    String FOLLOW_UP_ANSWERED = "You already answered this follow-up.";
    String FOLLOW_UP_CLOSED = "The answer window has closed: the follow-up can no longer be answered.";

    /** The message id of a follow-up reply written in the form: one per person and question thread. */
    static String followUpReplyId(String threadId, UserRef user) {
        return PRIVATE_ID_PREFIX + threadId + ":" + user.id() + FOLLOW_UP_SUFFIX;
    }

    /** Whether the message id is that of a follow-up reply written in the form. */
    static boolean isFollowUpReplyId(String messageId) {
        return isPrivateMessageId(messageId) && messageId.endsWith(FOLLOW_UP_SUFFIX);
    }

    String FOLLOW_UP_SUFFIX = ":follow-up";

    /** What the form starts from. */
    sealed interface Draft {
        /** No answer yet: an empty form under the question's {@code prompt} (or, for a follow-up, under the probe). */
        record Fresh(String prompt) implements Draft {
            public Fresh {
                Objects.requireNonNull(prompt, "prompt");
            }
        }

        /** The person's current answer, to edit under the question's {@code prompt}. */
        record Editing(String prompt, String text) implements Draft {
            public Editing {
                Objects.requireNonNull(prompt, "prompt");
                Objects.requireNonNull(text, "text");
            }
        }

        /** No form: why, for the person (the window closed, not a question...). */
        record Refused(String message) implements Draft {
            public Refused {
                Objects.requireNonNull(message, "message");
            }
        }
    }

    /** Message ids of answers written in the form: no platform message stands behind them. */
    static boolean isPrivateMessageId(String messageId) {
        return messageId != null && messageId.startsWith(PRIVATE_ID_PREFIX);
    }

    String PRIVATE_ID_PREFIX = "private:";
}
