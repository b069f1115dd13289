package dev.mledrill.chat;

import java.util.Optional;

/**
 * The port every chat platform implements (Slack, Discord, console). The core calls it to post
 * questions, feedback and wrap-ups; it knows nothing of the platform behind it.
 */
public interface Chat {

    Platform platform();

    /** Posts a channel's question (Discord also opens its thread); returns the platform ids. */
    PostedMessage postQuestion(QuestionPost post);

    /**
     * The channel's question for this day if it is already on the platform: a post the platform
     * accepted but whose ids were never recorded (the poster was killed in between). Looked for
     * before such a claim is posted again. Platforms without a history find nothing.
     */
    default Optional<PostedMessage> findQuestion(QuestionPost post) {
        return Optional.empty();
    }

    /**
     * Shows on a channel's question message (posted as {@code message}) how many answers it has so far,
     * in channels whose answers are private. Platforms without a question message to edit show nothing.
     */
    default void showAnswerCount(QuestionPost post, PostedMessage message, int answers) {}

    /**
     * Delivers one answer's feedback per the channel's mode, and reacts on the answer. Returns where it
     * landed when it went by DM (mode {@code dm}, delivered there), so a reply in that DM can be recognised.
     */
    Optional<FeedbackDm> sendFeedback(FeedbackMessage feedback);

    /** Tells one answer's author something only they may see, whatever the channel's feedback mode. */
    void sendPrivateNotice(PrivateNotice notice);

    /** Posts the wrap-up when a question's answer window closes. */
    void postWrapUp(WrapUpMessage wrapUp);

    /** Sends a private practice question to the user (a DM thread); returns the platform ids. */
    PostedMessage postPractice(PracticePost post);

    /** A direct message to the user (reminders, private charts), with an image when given. */
    void sendDirect(UserRef user, String markdown, Optional<ChatImage> image);

    /** A message in the channel itself, not in a thread (weekly summary, team chart), with an image when given. */
    void postInChannel(ChannelRef channel, String markdown, Optional<ChatImage> image);

    /**
     * A question's thread as it is on the platform now (replies oldest first, their current text,
     * edits, the ids still there), for backfill after downtime. Platforms without a history read
     * nothing ({@link ThreadRead#unavailable()}).
     */
    default ThreadRead readThread(QuestionThread thread) {
        return ThreadRead.unavailable();
    }
}
