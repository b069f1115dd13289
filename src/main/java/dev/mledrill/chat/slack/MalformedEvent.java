package dev.mledrill.chat.slack;

/** A Slack event whose fields cannot be a message (a bad ts or user id); its message is safe to log. */
final class MalformedEvent extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MalformedEvent(String why) {
        super(why);
    }
}
