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
    Receipt submit(String eventId, ChannelRef channel, String threadId, UserRef user, String displayName, String text,
                   Instant at);

    /** Withdraws the person's current answer: {@link Receipt.Withdrawn}, or {@link Receipt.Ignored} if there is none. */
    Receipt withdraw(String eventId, ChannelRef channel, String threadId, UserRef user, Instant at);

    /** What the form starts from. */
    sealed interface Draft {
        /** No answer yet: an empty form under the question's {@code prompt}. */
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
