package dev.mledrill.testing;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Chat;
import dev.mledrill.chat.ChatImage;
import dev.mledrill.chat.FeedbackDm;
import dev.mledrill.chat.FeedbackMessage;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.PracticePost;
import dev.mledrill.chat.PrivateNotice;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.chat.UserRef;
import dev.mledrill.chat.WrapUpMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A chat that records what the core sent it (posts with the clock's time), and can fail the next posts on purpose. */
public final class RecordingChat implements Chat {
    public record Post(QuestionPost post, Instant at, String messageId) {}

    public record Direct(UserRef user, String markdown, Optional<ChatImage> image, Instant at) {}

    public record ChannelPost(ChannelRef channel, String markdown, Optional<ChatImage> image, Instant at) {}

    private final Platform platform;
    private final Clock clock;
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger failuresToGo = new AtomicInteger();
    public final List<Post> questions = new CopyOnWriteArrayList<>();
    public final List<WrapUpMessage> wrapUps = new CopyOnWriteArrayList<>();
    public final List<FeedbackMessage> feedback = new CopyOnWriteArrayList<>();
    public final List<PracticePost> practice = new CopyOnWriteArrayList<>();
    public final List<PrivateNotice> notices = new CopyOnWriteArrayList<>();
    public final List<Direct> directs = new CopyOnWriteArrayList<>();
    public final List<ChannelPost> channelPosts = new CopyOnWriteArrayList<>();
    public final AtomicInteger failedPosts = new AtomicInteger();

    public RecordingChat(Platform platform) {
        this(platform, Clock.systemUTC());
    }

    public RecordingChat(Platform platform, Clock clock) {
        this.platform = platform;
        this.clock = clock;
    }

    /** The next {@code count} question posts throw, as a platform outage would. */
    public void failNextPosts(int count) {
        failuresToGo.set(count);
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public PostedMessage postQuestion(QuestionPost post) {
        if (failuresToGo.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            failedPosts.incrementAndGet();
            throw new IllegalStateException("platform unavailable (503)");
        }
        String id = "m" + ids.incrementAndGet();
        questions.add(new Post(post, clock.instant(), id));
        return new PostedMessage(id, id);
    }

    /** Like a platform's channel history: a question posted here before, for the same day and question. */
    @Override
    public java.util.Optional<PostedMessage> findQuestion(QuestionPost post) {
        return questions.stream()
                .filter(p -> p.post().channel().equals(post.channel())
                        && p.post().question().id().equals(post.question().id())
                        && p.post().drillDate().equals(post.drillDate()))
                .findFirst()
                .map(p -> new PostedMessage(p.messageId(), p.messageId()));
    }

    @Override
    public Optional<FeedbackDm> sendFeedback(FeedbackMessage message) {
        feedback.add(message);
        return message.mode() == FeedbackMode.DM && !message.practice()
                ? Optional.of(new FeedbackDm(dmChannel(message.user()), "dm" + ids.incrementAndGet()))
                : Optional.empty();
    }

    /** The DM channel feedback in mode {@code dm} lands in. */
    public static String dmChannel(UserRef user) {
        return "D-" + user.id();
    }

    @Override
    public void sendPrivateNotice(PrivateNotice notice) {
        notices.add(notice);
    }

    @Override
    public void postWrapUp(WrapUpMessage wrapUp) {
        wrapUps.add(wrapUp);
    }

    @Override
    public PostedMessage postPractice(PracticePost post) {
        practice.add(post);
        String id = "p" + ids.incrementAndGet();
        return new PostedMessage(id, id);
    }

    @Override
    public void sendDirect(UserRef user, String markdown, Optional<ChatImage> image) {
        directs.add(new Direct(user, markdown, image, clock.instant()));
    }

    @Override
    public void postInChannel(ChannelRef channel, String markdown, Optional<ChatImage> image) {
        channelPosts.add(new ChannelPost(channel, markdown, image, clock.instant()));
    }
}
