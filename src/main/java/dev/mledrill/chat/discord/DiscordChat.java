package dev.mledrill.chat.discord;

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
import dev.mledrill.chat.PrivateAnswers;
import dev.mledrill.chat.PrivateNotice;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.chat.QuestionThread;
import dev.mledrill.chat.ThreadRead;
import dev.mledrill.chat.UserRef;
import dev.mledrill.chat.WrapUpMessage;
import dev.mledrill.drill.ChannelSettings;
import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Chat} port on Discord. Calls block until Discord accepted them: JDA's rate limiter
 * holds a request through a 429 and sends it when allowed, so nothing is dropped.
 */
final class DiscordChat implements Chat {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordChat.class);

    private final JDA jda;
    private final PracticeChannels practice;
    private final DiscordMessages messages;
    private final ThreadHistory history;
    private final Function<ChannelRef, Optional<ChannelSettings>> channels;

    DiscordChat(JDA jda, PracticeChannels practice, DiscordMessages messages) {
        this(jda, practice, messages, channel -> Optional.empty());
    }

    /** @param channels each channel's settings: whether its answers are private (buttons and a live count) */
    DiscordChat(
            JDA jda,
            PracticeChannels practice,
            DiscordMessages messages,
            Function<ChannelRef, Optional<ChannelSettings>> channels) {
        this.channels = channels;
        this.jda = jda;
        this.practice = practice;
        this.messages = messages;
        this.history = new ThreadHistory();
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public PostedMessage postQuestion(QuestionPost post) {
        GuildMessageChannel channel = guildChannel(post.channel().id());
        if (!(channel instanceof IThreadContainer container)) {
            throw new IllegalStateException(
                    "Discord channel " + post.channel().id() + " cannot hold threads: configure a text channel");
        }
        AnswerMode answers = answerMode(post.channel());
        var send = channel.sendMessageEmbeds(QuestionEmbeds.daily(post, answers, 0));
        if (answers == AnswerMode.PRIVATE) {
            send.setComponents(QuestionEmbeds.privateAnswerButtons());
        }
        Message message = send.complete();
        try {
            ThreadChannel thread = container
                    .createThreadChannel(
                            QuestionEmbeds.threadName(
                                    post.drillDate(), post.question().category()),
                            message.getIdLong())
                    .setAutoArchiveDuration(ThreadChannel.AutoArchiveDuration.TIME_1_WEEK)
                    .complete();
            return new PostedMessage(message.getId(), thread.getId());
        } catch (RuntimeException e) {
            // A question nobody can answer in a thread must not stay: the scheduler's retry posts it again.
            withdraw(message);
            throw new IllegalStateException(
                    "could not open the thread for the question in channel "
                            + post.channel().id() + " (does the bot have Create Public Threads?)",
                    e);
        }
    }

    private AnswerMode answerMode(ChannelRef channel) {
        return channels.apply(channel).map(ChannelSettings::answers).orElse(AnswerMode.THREAD);
    }

    /** Edits the question's embed (its buttons stay) with the new count. */
    @Override
    public void showAnswerCount(QuestionPost post, PostedMessage message, int answers) {
        guildChannel(post.channel().id())
                .editMessageEmbedsById(message.messageId(), QuestionEmbeds.daily(post, AnswerMode.PRIVATE, answers))
                .setComponents(QuestionEmbeds.privateAnswerButtons())
                .complete();
    }

    /**
     * The bot's own message with this question's embed among the channel's latest 50, with its thread
     * (opened now if the crash came before it was). A Discord thread started on a message has that
     * message's id.
     */
    @Override
    public Optional<PostedMessage> findQuestion(QuestionPost post) {
        GuildMessageChannel channel = guildChannel(post.channel().id());
        String title = QuestionEmbeds.daily(post).getTitle();
        long self = jda.getSelfUser().getIdLong();
        Optional<Message> found = channel.getHistory().retrievePast(50).complete().stream()
                .filter(m -> m.getAuthor().getIdLong() == self)
                .filter(m -> m.getEmbeds().stream().anyMatch(e -> title != null && title.equals(e.getTitle())))
                .findFirst();
        return found.map(message -> new PostedMessage(message.getId(), threadOf(channel, message, post)));
    }

    private static String threadOf(GuildMessageChannel channel, Message message, QuestionPost post) {
        if (message.getStartedThread() != null || !(channel instanceof IThreadContainer container)) {
            return message.getId();
        }
        try {
            return container
                    .createThreadChannel(
                            QuestionEmbeds.threadName(
                                    post.drillDate(), post.question().category()),
                            message.getIdLong())
                    .setAutoArchiveDuration(ThreadChannel.AutoArchiveDuration.TIME_1_WEEK)
                    .complete()
                    .getId();
        } catch (ErrorResponseException alreadyThere) {
            return message.getId();
        }
    }

    private static void withdraw(Message message) {
        try {
            message.delete().complete();
        } catch (RuntimeException e) {
            LOG.warn(
                    "could not delete question message {} after its thread failed ({})",
                    message.getId(),
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public Optional<FeedbackDm> sendFeedback(FeedbackMessage feedback) {
        String text = FeedbackText.render(feedback);
        if (feedback.practice()) {
            PrivateChannel dm = jda.openPrivateChannelById(feedback.user().id()).complete();
            messages.reply(dm, feedback.answerMessageId(), text, false);
            reactOnAnswer(dm, feedback);
            return Optional.empty();
        }
        if (PrivateAnswers.isPrivateMessageId(feedback.answerMessageId())) {
            // Written in the form: no message to reply to or react on, and nothing to show the thread before the close.
            String direct =
                    "Feedback on your answer to " + threadLink(feedback.channel(), feedback.threadId()) + "\n\n" + text;
            if (feedback.probeInForm()) {
                sendDirect(
                        feedback.user(), direct, FollowUpFormListener.button(feedback.channel(), feedback.threadId()));
            } else {
                sendDirect(feedback.user(), direct, Optional.empty());
            }
            // Its probe is answered in the form (the button), so where the DM landed is not needed.
            return Optional.empty();
        }
        MessageChannel answerChannel = answerChannel(feedback);
        Optional<FeedbackDm> dm = feedback.mode() == FeedbackMode.DM ? sentPrivately(feedback, text) : Optional.empty();
        if (dm.isEmpty()) {
            // EPHEMERAL cannot exist for plain messages on Discord (only interaction replies are
            // ephemeral), so it falls back to a reply in the thread, as does a DM the user refuses.
            messages.reply(
                    answerChannel,
                    feedback.answerMessageId(),
                    FeedbackText.render(feedback, FeedbackMode.THREAD),
                    true);
        }
        reactOnAnswer(answerChannel, feedback);
        return dm;
    }

    private void reactOnAnswer(MessageChannel channel, FeedbackMessage feedback) {
        if (feedback.reactsOnAnswer()) {
            messages.react(channel, feedback.answerMessageId());
        }
    }

    private Optional<FeedbackDm> sentPrivately(FeedbackMessage feedback, String text) {
        try {
            PrivateChannel dm = jda.openPrivateChannelById(feedback.user().id()).complete();
            String link = "https://discord.com/channels/" + feedback.channel().team() + "/"
                    + (feedback.threadId() == null ? feedback.channel().id() : feedback.threadId()) + "/"
                    + feedback.answerMessageId();
            return Optional.of(
                    new FeedbackDm(dm.getId(), messages.send(dm, "Feedback on your answer " + link + "\n\n" + text)));
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() != ErrorResponse.CANNOT_SEND_TO_USER) {
                throw e;
            }
            LOG.warn(
                    "user {} does not accept DMs; feedback goes to the thread instead",
                    feedback.user().id());
            return Optional.empty();
        }
    }

    /**
     * A DM with a link to the answer: plain Discord messages cannot be ephemeral. A user who refuses
     * DMs is not told (the notice is never posted where others can read it); the log says so.
     */
    @Override
    public void sendPrivateNotice(PrivateNotice notice) {
        try {
            PrivateChannel dm = jda.openPrivateChannelById(notice.user().id()).complete();
            String link = notice.practice()
                    ? ""
                    : PrivateAnswers.isPrivateMessageId(notice.answerMessageId())
                            ? threadLink(notice.channel(), notice.threadId())
                            : "https://discord.com/channels/" + notice.channel().team() + "/"
                                    + (notice.threadId() == null
                                            ? notice.channel().id()
                                            : notice.threadId()) + "/" + notice.answerMessageId();
            messages.send(dm, (link.isEmpty() ? "" : "About your answer " + link + "\n\n") + notice.text());
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() != ErrorResponse.CANNOT_SEND_TO_USER) {
                throw e;
            }
            LOG.warn(
                    "user {} does not accept DMs; a private notice about their answer was not delivered",
                    notice.user().id());
        }
    }

    /**
     * The wrap-up, then the private answers it reveals in the question's thread. A reveal that fails
     * after the wrap-up went out is logged, not retried: retrying would post the wrap-up twice.
     */
    @Override
    public void postWrapUp(WrapUpMessage wrapUp) {
        String target = wrapUp.threadId() == null ? wrapUp.channel().id() : wrapUp.threadId();
        messages.send(guildChannel(target), WrapUpText.render(wrapUp));
        wrapUp.reveal().ifPresent(reveal -> {
            try {
                messages.send(guildChannel(reveal.threadId()), WrapUpText.reveal(reveal));
            } catch (RuntimeException e) {
                LOG.warn(
                        "the reveal of the answers in thread {} failed after its wrap-up: {}",
                        reveal.threadId(),
                        e.toString());
            }
        });
    }

    private static String threadLink(ChannelRef channel, String threadId) {
        return "https://discord.com/channels/" + channel.team() + "/" + (threadId == null ? channel.id() : threadId);
    }

    @Override
    public PostedMessage postPractice(PracticePost post) {
        PrivateChannel dm = jda.openPrivateChannelById(post.user().id()).complete();
        Message message =
                dm.sendMessageEmbeds(QuestionEmbeds.practice(post.question())).complete();
        if (post.requestedIn() != null) {
            practice.remember(dm.getId(), post.requestedIn());
        }
        return new PostedMessage(message.getId(), dm.getId());
    }

    /** A user who refuses DMs is not told (nothing private is posted where others can read it); the log says so. */
    @Override
    public void sendDirect(UserRef user, String markdown, Optional<ChatImage> image) {
        try {
            messages.send(jda.openPrivateChannelById(user.id()).complete(), markdown, image);
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() != ErrorResponse.CANNOT_SEND_TO_USER) {
                throw e;
            }
            LOG.warn("user {} does not accept DMs; a direct message was not delivered", user.id());
        }
    }

    /** A DM whose last message carries {@code row} (the follow-up's button). */
    private void sendDirect(UserRef user, String markdown, ActionRow row) {
        try {
            messages.send(jda.openPrivateChannelById(user.id()).complete(), markdown, row);
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() != ErrorResponse.CANNOT_SEND_TO_USER) {
                throw e;
            }
            LOG.warn("user {} does not accept DMs; a direct message was not delivered", user.id());
        }
    }

    @Override
    public void postInChannel(ChannelRef channel, String markdown, Optional<ChatImage> image) {
        messages.send(guildChannel(channel.id()), markdown, image);
    }

    /**
     * A practice question's "thread" is the person's DM with the bot, which holds every practice
     * session: it is read from that session's question message on, its answers reported for the
     * channel live DM answers are reported for.
     */
    @Override
    public ThreadRead readThread(QuestionThread thread) {
        if (thread.practiceWith().isPresent()) {
            PrivateChannel dm =
                    jda.openPrivateChannelById(thread.practiceWith().get().id()).complete();
            return history.read(practice.channelFor(dm.getId()), dm, dm.getId(), thread.questionMessageId());
        }
        return history.read(thread.channel(), guildChannel(thread.threadId()), thread.threadId(), thread.threadId());
    }

    private MessageChannel answerChannel(FeedbackMessage feedback) {
        return guildChannel(feedback.threadId() == null ? feedback.channel().id() : feedback.threadId());
    }

    private GuildMessageChannel guildChannel(String id) {
        GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, id);
        if (channel == null) {
            throw new IllegalStateException("Discord channel or thread " + id + " is unknown to the bot "
                    + "(deleted, archived for over a week, or the bot lacks View Channel)");
        }
        return channel;
    }
}
