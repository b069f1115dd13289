package dev.mledrill.chat.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import dev.mledrill.chat.AnswerMode;
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
import dev.mledrill.chat.QuestionThread;
import dev.mledrill.chat.ThreadRead;
import dev.mledrill.chat.UserRef;
import dev.mledrill.chat.WrapUpMessage;
import dev.mledrill.drill.ChannelSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The {@link Chat} port on Slack's Web API: questions with Block Kit, feedback per channel mode, wrap-ups, DMs. */
final class SlackChat implements Chat {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SlackChat.class);
    static final String ANSWER_REACTION = "white_check_mark";

    private final MethodsClient methods;
    private final SlackCalls calls;
    private final Function<ChannelRef, Optional<ChannelSettings>> settings;
    private final SlackThreadReader threads;
    private final Map<String, String> dmChannels = new ConcurrentHashMap<>();

    SlackChat(
            MethodsClient methods,
            SlackCalls calls,
            Function<ChannelRef, Optional<ChannelSettings>> settings,
            SlackThreadReader threads) {
        this.methods = methods;
        this.calls = calls;
        this.settings = settings;
        this.threads = threads;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public PostedMessage postQuestion(QuestionPost post) {
        String ts = post(post.channel().id(), null, SlackBlocks.questionFallback(post), questionBlocks(post, 0));
        return new PostedMessage(ts, ts);
    }

    /** {@code chat.update} of the question message with the new count (the whole message is sent again). */
    @Override
    public void showAnswerCount(QuestionPost post, PostedMessage message, int answers) {
        calls.call(
                "chat.update",
                () -> methods.chatUpdate(r -> r.channel(post.channel().id())
                        .ts(message.messageId())
                        .text(SlackBlocks.questionFallback(post))
                        .blocks(questionBlocks(post, answers))));
    }

    private List<LayoutBlock> questionBlocks(QuestionPost post, int answers) {
        Optional<ChannelSettings> channel = settings.apply(post.channel());
        FeedbackMode mode = channel.map(ChannelSettings::feedback).orElse(FeedbackMode.EPHEMERAL);
        AnswerMode answerMode = channel.map(ChannelSettings::answers).orElse(AnswerMode.THREAD);
        return SlackBlocks.question(post, mode, answerMode, answers);
    }

    /**
     * The bot's own message with this question's text among the channel's latest 100 (Slack
     * {@code conversations.history}), whether it was posted as today's or as a caught-up drill.
     */
    @Override
    public Optional<PostedMessage> findQuestion(QuestionPost post) {
        String signature = SlackBlocks.questionSignature(post.question());
        String text = signature.substring(0, Math.min(signature.length(), 200));
        var history = calls.call(
                "conversations.history",
                () -> methods.conversationsHistory(
                        r -> r.channel(post.channel().id()).limit(100)));
        return (history.getMessages() == null ? List.<com.slack.api.model.Message>of() : history.getMessages())
                .stream()
                        .filter(m -> m.getBotId() != null
                                && m.getText() != null
                                && m.getText().contains(text))
                        .findFirst()
                        .map(m -> new PostedMessage(m.getTs(), m.getTs()));
    }

    @Override
    public Optional<FeedbackDm> sendFeedback(FeedbackMessage feedback) {
        String text = SlackMrkdwn.fromMarkdown(SlackFeedbackText.markdown(feedback));
        String channel = feedback.channel().id();
        String thread = feedback.threadId();
        // A practice thread is already a private DM, and an ephemeral note there would vanish on reload.
        FeedbackMode mode = feedback.practice() ? FeedbackMode.THREAD : feedback.mode();
        // A private answer's probe is answered in a form, opened by the feedback's button.
        List<LayoutBlock> blocks =
                feedback.probeInForm() ? SlackFollowUpForm.feedbackBlocks(text, feedback.channel(), thread) : null;
        Optional<FeedbackDm> dm = Optional.empty();
        switch (mode) {
            case EPHEMERAL -> ephemeralOrDm(channel, thread, feedback.user(), text, blocks);
            case THREAD -> post(channel, thread, "<@" + feedback.user().id() + "> " + text, null);
            case DM -> {
                String dmChannel = openDm(feedback.user());
                dm = Optional.of(new FeedbackDm(dmChannel, post(dmChannel, null, text, blocks)));
            }
        }
        if (feedback.reactsOnAnswer()) {
            calls.call(
                    "reactions.add",
                    Set.of("already_reacted"),
                    () -> methods.reactionsAdd(r -> r.channel(channel)
                            .timestamp(feedback.answerMessageId())
                            .name(ANSWER_REACTION)));
        }
        return dm;
    }

    /** Ephemeral in the answer's thread (a DM if the author left the channel); in a practice DM thread, a reply there. */
    @Override
    public void sendPrivateNotice(PrivateNotice notice) {
        String text = SlackMrkdwn.fromMarkdown(notice.text());
        if (notice.practice()) {
            post(notice.channel().id(), notice.threadId(), text, null);
        } else {
            ephemeralOrDm(notice.channel().id(), notice.threadId(), notice.user(), text, null);
        }
    }

    /**
     * The wrap-up, then the private answers it reveals in the question's thread. A reveal that fails
     * after the wrap-up went out is logged, not retried: retrying would post the wrap-up twice.
     */
    @Override
    public void postWrapUp(WrapUpMessage wrapUp) {
        post(wrapUp.channel().id(), wrapUp.threadId(), SlackBlocks.wrapUpFallback(wrapUp), SlackBlocks.wrapUp(wrapUp));
        wrapUp.reveal().ifPresent(reveal -> {
            try {
                SlackBlocks.reveal(reveal).forEach(text -> post(wrapUp.channel().id(), reveal.threadId(), text, null));
            } catch (RuntimeException e) {
                LOG.warn(
                        "the reveal of the answers in thread {} of {} failed after its wrap-up: {}",
                        reveal.threadId(),
                        wrapUp.channel().id(),
                        e.toString());
            }
        });
    }

    @Override
    public PostedMessage postPractice(PracticePost post) {
        String dm = openDm(post.user());
        String ts = post(
                dm,
                null,
                "Practice (" + post.question().category() + "): "
                        + post.question().prompt(),
                SlackBlocks.practice(post.question()));
        return new PostedMessage(ts, ts);
    }

    @Override
    public void sendDirect(UserRef user, String markdown, Optional<ChatImage> image) {
        postOrUpload(openDm(user), markdown, image);
    }

    @Override
    public void postInChannel(ChannelRef channel, String markdown, Optional<ChatImage> image) {
        postOrUpload(channel.id(), markdown, image);
    }

    /**
     * A message, or with an image the two-step upload (files.getUploadURLExternal, the bytes to the
     * URL it gives, files.completeUploadExternal) with the text as its comment, through Bolt's filesUploadV2.
     */
    private void postOrUpload(String channel, String markdown, Optional<ChatImage> image) {
        String text = SlackMrkdwn.fromMarkdown(markdown);
        if (image.isEmpty()) {
            post(channel, null, text, null);
            return;
        }
        ChatImage png = image.get();
        calls.call(
                "files.uploadV2",
                () -> methods.filesUploadV2(r -> r.channel(channel)
                        .fileData(png.png())
                        .filename(png.fileName())
                        .title(png.fileName())
                        .altTxt(png.altText())
                        .initialComment(text.isBlank() ? null : text)
                        .requestFileInfo(false)));
    }

    /** A practice thread is in the person's DM with the bot (conversations.open gives its id). */
    @Override
    public ThreadRead readThread(QuestionThread thread) {
        ChannelRef channel = thread.practiceWith()
                .map(user -> SlackEventTranslator.channel(user.team(), openDm(user)))
                .orElse(thread.channel());
        return threads.read(channel, thread.threadId());
    }

    /** Someone who answered and then left the channel cannot see an ephemeral message there: they get a DM. */
    private void ephemeralOrDm(String channel, String thread, UserRef user, String text, List<LayoutBlock> blocks) {
        try {
            tellPrivately(channel, thread, user.id(), text, blocks);
        } catch (SlackCallFailed e) {
            if (!"user_not_in_channel".equals(e.error())) {
                throw e;
            }
            post(openDm(user), null, text, blocks);
        }
    }

    /** An ephemeral message: only {@code userId} sees it, in the thread when one is given. */
    void tellPrivately(String channel, String threadTs, String userId, String mrkdwn) {
        tellPrivately(channel, threadTs, userId, mrkdwn, null);
    }

    /** With {@code blocks}, {@code mrkdwn} is only the notification's text. */
    private void tellPrivately(
            String channel, String threadTs, String userId, String mrkdwn, List<LayoutBlock> blocks) {
        calls.call(
                "chat.postEphemeral",
                () -> methods.chatPostEphemeral(r -> r.channel(channel)
                        .user(userId)
                        .threadTs(threadTs)
                        .text(mrkdwn)
                        .blocks(blocks)));
    }

    /** A plain mrkdwn message in a channel or DM (a thread reply when {@code threadTs} is given). */
    String post(String channel, String threadTs, String mrkdwn) {
        return post(channel, threadTs, mrkdwn, null);
    }

    private String post(String channel, String threadTs, String text, List<LayoutBlock> blocks) {
        return calls.call(
                        "chat.postMessage",
                        () -> methods.chatPostMessage(r -> r.channel(channel)
                                .threadTs(threadTs)
                                .text(text)
                                .blocks(blocks)
                                .unfurlLinks(false)
                                .unfurlMedia(false)))
                .getTs();
    }

    private String openDm(UserRef user) {
        return dmChannels.computeIfAbsent(
                user.id(),
                id -> calls.call("conversations.open", () -> methods.conversationsOpen(r -> r.users(List.of(id))))
                        .getChannel()
                        .getId());
    }
}
