package dev.mledrill.metrics;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Chat;
import dev.mledrill.chat.ChatImage;
import dev.mledrill.chat.FeedbackDm;
import dev.mledrill.chat.FeedbackMessage;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.PracticePost;
import dev.mledrill.chat.PrivateNotice;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.chat.QuestionThread;
import dev.mledrill.chat.ThreadRead;
import dev.mledrill.chat.UserRef;
import dev.mledrill.chat.WrapUpMessage;
import java.util.Objects;
import java.util.Optional;

/** A platform's {@link Chat} that counts questions posted (and failed) and feedback delivered. */
public final class MeteredChat implements Chat {
    private final Chat chat;
    private final Metrics metrics;

    public MeteredChat(Chat chat, Metrics metrics) {
        this.chat = Objects.requireNonNull(chat, "chat");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public Platform platform() {
        return chat.platform();
    }

    @Override
    public PostedMessage postQuestion(QuestionPost post) {
        try {
            PostedMessage posted = chat.postQuestion(post);
            metrics.questionPosted(platform(), post.channel().id(), true);
            return posted;
        } catch (RuntimeException e) {
            metrics.questionPosted(platform(), post.channel().id(), false);
            throw e;
        }
    }

    @Override
    public Optional<PostedMessage> findQuestion(QuestionPost post) {
        return chat.findQuestion(post);
    }

    @Override
    public Optional<FeedbackDm> sendFeedback(FeedbackMessage feedback) {
        Optional<FeedbackDm> dm = chat.sendFeedback(feedback);
        metrics.feedbackSent(platform(), feedback.answerMessageId());
        return dm;
    }

    @Override
    public void sendPrivateNotice(PrivateNotice notice) {
        chat.sendPrivateNotice(notice);
    }

    @Override
    public void postWrapUp(WrapUpMessage wrapUp) {
        chat.postWrapUp(wrapUp);
    }

    @Override
    public PostedMessage postPractice(PracticePost post) {
        return chat.postPractice(post);
    }

    @Override
    public void sendDirect(UserRef user, String markdown, Optional<ChatImage> image) {
        chat.sendDirect(user, markdown, image);
    }

    @Override
    public void postInChannel(ChannelRef channel, String markdown, Optional<ChatImage> image) {
        chat.postInChannel(channel, markdown, image);
    }

    @Override
    public void showAnswerCount(QuestionPost post, PostedMessage message, int answers) {
        chat.showAnswerCount(post, message, answers);
    }

    @Override
    public ThreadRead readThread(QuestionThread thread) {
        return chat.readThread(thread);
    }
}
