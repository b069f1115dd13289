package dev.mledrill.chat;

/** What the core says about an inbound event once it is durably handled (before scoring). */
public sealed interface Receipt {

    /** A new answer or edit was stored; scoring and feedback follow asynchronously. */
    record Stored(long answerId) implements Receipt {}

    /** The same event or message was seen before; nothing changed. */
    record Duplicate(String reason) implements Receipt {}

    /** Not an answer we track (unknown thread, bot, closed practice...); nothing stored. */
    record Ignored(String reason) implements Receipt {}

    /** An answer was withdrawn after a deletion. */
    record Withdrawn(long answerId) implements Receipt {}

    /** Refused with a message the user should see (empty, oversized...). Nothing is lost: it is logged. */
    record Rejected(String userMessage) implements Receipt {}
}
