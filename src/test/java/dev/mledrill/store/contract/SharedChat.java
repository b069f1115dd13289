package dev.mledrill.store.contract;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Chat;
import dev.mledrill.chat.FeedbackDm;
import dev.mledrill.chat.FeedbackMessage;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.PracticePost;
import dev.mledrill.chat.PrivateNotice;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.chat.WrapUpMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** One platform as every instance sees it: records posts, feedback and wrap-ups from all of them. */
final class SharedChat implements Chat {
    record Post(QuestionPost post, PostedMessage posted, Instant at) {}

    private final Platform platform;
    private final Clock clock;
    private final AtomicInteger ids = new AtomicInteger();
    final List<Post> posts = new CopyOnWriteArrayList<>();
    final List<WrapUpMessage> wrapUps = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> feedback = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> notices = new ConcurrentHashMap<>();

    SharedChat(Platform platform, Clock clock) {
        this.platform = platform;
        this.clock = clock;
    }

    Map<String, Integer> feedbackPerMessage() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        feedback.forEach((id, n) -> counts.put(id, n.get()));
        return counts;
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public PostedMessage postQuestion(QuestionPost post) {
        String id = platform.id() + "-m" + ids.incrementAndGet();
        PostedMessage posted = new PostedMessage(id, id);
        posts.add(new Post(post, posted, clock.instant()));
        return posted;
    }

    @Override
    public Optional<FeedbackDm> sendFeedback(FeedbackMessage message) {
        feedback.computeIfAbsent(message.answerMessageId(), id -> new AtomicInteger())
                .incrementAndGet();
        return Optional.empty();
    }

    @Override
    public void sendPrivateNotice(PrivateNotice notice) {
        notices.computeIfAbsent(notice.answerMessageId(), id -> new AtomicInteger())
                .incrementAndGet();
    }

    @Override
    public void postWrapUp(WrapUpMessage wrapUp) {
        wrapUps.add(wrapUp);
    }

    @Override
    public PostedMessage postPractice(PracticePost post) {
        String id = platform.id() + "-p" + ids.incrementAndGet();
        return new PostedMessage(id, id);
    }

    public final java.util.Queue<String> directs = new java.util.concurrent.ConcurrentLinkedQueue<>();
    public final java.util.Queue<String> channelPosts = new java.util.concurrent.ConcurrentLinkedQueue<>();

    @Override
    public void sendDirect(
            dev.mledrill.chat.UserRef user, String markdown, java.util.Optional<dev.mledrill.chat.ChatImage> image) {
        directs.add(user.id() + ": " + markdown);
    }

    @Override
    public void postInChannel(
            ChannelRef channel, String markdown, java.util.Optional<dev.mledrill.chat.ChatImage> image) {
        channelPosts.add(channel.id() + ": " + markdown);
    }
}
