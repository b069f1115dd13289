package dev.mledrill.chat.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.LogIds;
import dev.mledrill.chat.PrivateAnswers;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Private answers on Slack: the question's *Answer* / *Edit my answer* buttons open a modal
 * ({@code views.open}, pre-filled with the current answer), its {@code view_submission} is stored as
 * the answer before the acknowledgement, and a refused text (empty, too long) comes back into the modal
 * as {@code response_action: errors}. *Withdraw* withdraws the current answer, then says so privately.
 */
final class SlackPrivateAnswers {
    static final String ACTIONS_BLOCK = "drill_private_answer";
    static final String ANSWER = "drill_answer";
    static final String EDIT = "drill_edit_answer";
    static final String WITHDRAW = "drill_withdraw_answer";
    static final String MODAL = "drill_answer_modal";
    static final String INPUT_BLOCK = "answer";
    static final String INPUT_ACTION = "text";
    private static final Logger LOG = LoggerFactory.getLogger(SlackPrivateAnswers.class);

    private final PrivateAnswers answers;
    private final SlackNameLookups names;
    private final MethodsClient methods;
    private final SlackCalls calls;
    private final SlackChat chat;
    private final Executor background;
    private final Clock clock;

    SlackPrivateAnswers(
            PrivateAnswers answers,
            SlackNameLookups names,
            MethodsClient methods,
            SlackCalls calls,
            SlackChat chat,
            Executor background,
            Clock clock) {
        this.answers = answers;
        this.names = names;
        this.methods = methods;
        this.calls = calls.failingFast();
        this.chat = chat;
        this.background = background;
        this.clock = clock;
    }

    void register(App app) {
        app.blockAction(ANSWER, (request, ctx) -> openForm(request.getPayload(), ctx));
        app.blockAction(EDIT, (request, ctx) -> openForm(request.getPayload(), ctx));
        app.blockAction(WITHDRAW, (request, ctx) -> withdraw(request.getPayload(), ctx));
        app.viewSubmission(MODAL, (request, ctx) -> submitted(request.getPayload(), ctx));
    }

    /** The question a button was pressed on: the message is the thread's parent, its ts the thread id. */
    private record Question(ChannelRef channel, String threadId, UserRef user) {
        String metadata() {
            return channel.team() + " " + channel.id() + " " + threadId;
        }

        static Optional<Question> of(BlockActionPayload p) {
            String ts = p.getContainer() != null && p.getContainer().getMessageTs() != null
                    ? p.getContainer().getMessageTs()
                    : p.getMessage() != null ? p.getMessage().getTs() : null;
            if (p.getTeam() == null || p.getChannel() == null || p.getUser() == null || ts == null) {
                return Optional.empty();
            }
            String team = p.getTeam().getId();
            return Optional.of(new Question(
                    SlackEventTranslator.channel(team, p.getChannel().getId()),
                    ts,
                    SlackEventTranslator.user(team, p.getUser().getId())));
        }

        static Optional<Question> of(ViewSubmissionPayload p) {
            String[] parts = p.getView() == null || p.getView().getPrivateMetadata() == null
                    ? new String[0]
                    : p.getView().getPrivateMetadata().split(" ");
            if (parts.length != 3 || p.getUser() == null) {
                return Optional.empty();
            }
            return Optional.of(new Question(
                    SlackEventTranslator.channel(parts[0], parts[1]),
                    parts[2],
                    SlackEventTranslator.user(parts[0], p.getUser().getId())));
        }
    }

    /** Opens the form (Slack's trigger id lasts 3 seconds, so before the acknowledgement), or says why not. */
    private Response openForm(BlockActionPayload payload, ActionContext ctx) {
        Optional<Question> question = Question.of(payload);
        if (question.isEmpty()) {
            return ctx.ack();
        }
        Question q = question.get();
        PrivateAnswers.Draft draft = answers.draft(q.channel(), q.threadId(), q.user(), clock.instant());
        if (draft instanceof PrivateAnswers.Draft.Refused refused) {
            tellLater(q, refused.message());
            return ctx.ack();
        }
        String prompt = draft instanceof PrivateAnswers.Draft.Editing e
                ? e.prompt()
                : ((PrivateAnswers.Draft.Fresh) draft).prompt();
        Optional<String> current =
                draft instanceof PrivateAnswers.Draft.Editing e ? Optional.of(e.text()) : Optional.empty();
        calls.call(
                "views.open",
                () -> methods.viewsOpen(r -> r.triggerId(payload.getTriggerId())
                        .view(SlackBlocks.answerModal(prompt, q.metadata(), current))));
        return ctx.ack();
    }

    private Response withdraw(BlockActionPayload payload, ActionContext ctx) {
        Optional<Question> question = Question.of(payload);
        if (question.isEmpty()) {
            return ctx.ack();
        }
        Question q = question.get();
        String actionTs = payload.getActions() == null || payload.getActions().isEmpty()
                ? null
                : payload.getActions().get(0).getActionTs();
        String eventId =
                "withdraw:" + q.threadId() + ":" + q.user().id() + ":" + (actionTs != null ? actionTs : clock.millis());
        Receipt receipt = answers.withdraw(eventId, q.channel(), q.threadId(), q.user(), clock.instant());
        tellLater(
                q,
                receipt instanceof Receipt.Withdrawn
                        ? "Your answer is withdrawn: it no longer counts and will not be revealed. *Answer* to write a new one."
                        : receipt instanceof Receipt.Duplicate
                                ? "Your answer was already withdrawn."
                                : "You have no answer to this question to withdraw.");
        return ctx.ack();
    }

    /** Stored before the acknowledgement; a refusal goes back into the modal, under the text. */
    private Response submitted(ViewSubmissionPayload payload, ViewSubmissionContext ctx) {
        Optional<Question> question = Question.of(payload);
        if (question.isEmpty()) {
            LOG.info("a Slack answer form without its question was acknowledged; nothing stored");
            return ctx.ack();
        }
        Question q = question.get();
        String text = SlackModalInput.text(payload, INPUT_BLOCK, INPUT_ACTION);
        String name = names.nameFor(q.user());
        Receipt receipt = answers.submit(
                "view:" + payload.getView().getId() + ":" + payload.getView().getHash(),
                q.channel(),
                q.threadId(),
                q.user(),
                name,
                text,
                clock.instant());
        if (receipt instanceof Receipt.Rejected rejected) {
            return ctx.ackWithErrors(Map.of(INPUT_BLOCK, rejected.userMessage()));
        }
        LOG.debug(
                "Slack answer form {} handled: {}",
                LogIds.safe(payload.getView().getId()),
                receipt.getClass().getSimpleName());
        return ctx.ack();
    }

    private void tellLater(Question q, String markdown) {
        background.execute(() -> {
            try {
                chat.tellPrivately(q.channel().id(), null, q.user().id(), SlackMrkdwn.fromMarkdown(markdown));
            } catch (RuntimeException e) {
                LOG.warn(
                        "could not tell Slack user {} about their private answer: {}",
                        q.user().id(),
                        e.toString());
            }
        });
    }
}
