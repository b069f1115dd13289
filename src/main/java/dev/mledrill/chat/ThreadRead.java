package dev.mledrill.chat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A question's thread as it is on the platform now: every person's reply with its current text
 * (and, when the platform marks it edited, the edit as an event), and the ids of every message
 * still there. {@code complete} says the whole thread was read: only then does a stored answer
 * missing from {@code messageIds} mean it was deleted.
 */
public record ThreadRead(List<Reply> replies, Set<String> messageIds, boolean complete) {
    public ThreadRead {
        replies = List.copyOf(replies);
        messageIds = Set.copyOf(messageIds);
    }

    /** One reply; {@code edit} carries the edit's time and a stable event id when the platform says it was edited. */
    public record Reply(ChatEvent.AnswerPosted posted, Optional<ChatEvent.AnswerEdited> edit) {
        public Reply {
            Objects.requireNonNull(posted, "posted");
            edit = edit == null ? Optional.empty() : edit;
        }
    }

    /** What a platform without a history (the terminal) reads: nothing, and nothing may be inferred from it. */
    public static ThreadRead unavailable() {
        return new ThreadRead(List.of(), Set.of(), false);
    }

    /** The replies as they would arrive now, oldest first. */
    public List<ChatEvent.AnswerPosted> answers() {
        return replies.stream().map(Reply::posted).toList();
    }
}
