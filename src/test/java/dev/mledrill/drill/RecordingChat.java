package dev.mledrill.drill;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Chat;
import dev.mledrill.chat.ChatEvent;
import dev.mledrill.chat.FeedbackMessage;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.PracticePost;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.chat.WrapUpMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A chat that records what the core sends it, for tests. */
public final class RecordingChat implements Chat {
    public final List<FeedbackMessage> feedback = new CopyOnWriteArrayList<>();
    public final List<PracticePost> practice = new CopyOnWriteArrayList<>();
    private final Platform platform;
    private final AtomicInteger ids = new AtomicInteger();

    public RecordingChat(Platform platform) {
        this.platform = platform;
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public PostedMessage postQuestion(QuestionPost post) {
        String id = "q" + ids.incrementAndGet();
        return new PostedMessage(id, id);
    }

    @Override
    public void sendFeedback(FeedbackMessage message) {
        feedback.add(message);
    }

    @Override
    public void postWrapUp(WrapUpMessage wrapUp) {
    }

    @Override
    public PostedMessage postPractice(PracticePost post) {
        practice.add(post);
        String id = "p" + ids.incrementAndGet();
        return new PostedMessage(id, id);
    }

    @Override
    public List<ChatEvent.AnswerPosted> threadReplies(ChannelRef channel, String threadId) {
        return List.of();
    }
}
