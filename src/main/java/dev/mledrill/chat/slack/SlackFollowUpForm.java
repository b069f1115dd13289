package dev.mledrill.chat.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.PrivateAnswers;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The follow-up on a private answer: its feedback (ephemeral or DM) carries a *Reply to follow-up* button
 * whose value names the question, since a DM is not the question's channel. The button opens a modal with
 * the probe ({@code views.open}); its {@code view_submission} is the probe's reply, stored before the
 * acknowledgement, with a refusal shown in the modal ({@code response_action: errors}). A button pressed
 * after the reply or the close opens nothing and says why in one line.
 */
final class SlackFollowUpForm {
    static final String ACTIONS_BLOCK = "drill_follow_up";
    static final String BUTTON = "drill_follow_up_reply";
    static final String MODAL = "drill_follow_up_modal";
    static final String INPUT_BLOCK = "follow_up";
    static final String INPUT_ACTION = "text";
    /** A message holds 50 blocks; the last is the button's. */
    private static final int TEXT_BLOCKS = 49;

    private static final Logger LOG = LoggerFactory.getLogger(SlackFollowUpForm.class);

    private final PrivateAnswers answers;
    private final MethodsClient methods;
    private final SlackCalls calls;
    private final SlackChat chat;
    private final Executor background;
    private final Clock clock;

    SlackFollowUpForm(
            PrivateAnswers answers,
            MethodsClient methods,
            SlackCalls calls,
            SlackChat chat,
            Executor background,
            Clock clock) {
        this.answers = answers;
        this.methods = methods;
        this.calls = calls.failingFast();
        this.chat = chat;
        this.background = background;
        this.clock = clock;
    }

    void register(App app) {
        app.blockAction(BUTTON, (request, ctx) -> pressed(request.getPayload(), ctx));
        app.viewSubmission(MODAL, (request, ctx) -> submitted(request.getPayload(), ctx));
    }

    /** The feedback text in sections of at most 3,000 characters (cut at line breaks), then the button. */
    static List<LayoutBlock> feedbackBlocks(String mrkdwn, ChannelRef channel, String threadId) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (String part : sections(mrkdwn)) {
            if (blocks.size() == TEXT_BLOCKS) {
                break;
            }
            blocks.add(section(s -> s.text(markdownText(part))));
        }
        blocks.add(actions(a -> a.blockId(ACTIONS_BLOCK)
                .elements(List.of(button(b -> b.actionId(BUTTON)
                        .text(plainText("Reply to follow-up"))
                        .style("primary")
                        .value(Question.metadata(channel, threadId)))))));
        return blocks;
    }

    private static List<String> sections(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > SlackBlocks.SECTION_LIMIT) {
            int cut = rest.lastIndexOf('\n', SlackBlocks.SECTION_LIMIT);
            cut = cut > SlackBlocks.SECTION_LIMIT / 2 ? cut : SlackBlocks.SECTION_LIMIT - 1;
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    static View modal(String probe, String metadata) {
        String text = SlackBlocks.clip(SlackMrkdwn.fromMarkdown("**Follow-up:** " + probe), SlackBlocks.SECTION_LIMIT);
        return view(v -> v.type("modal")
                .callbackId(MODAL)
                .privateMetadata(metadata)
                .title(viewTitle(t -> t.type("plain_text").text("Follow-up")))
                .submit(viewSubmit(t -> t.type("plain_text").text("Send reply")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .blocks(List.of(
                        section(s -> s.text(markdownText(text))),
                        input(i -> i.blockId(INPUT_BLOCK)
                                .label(plainText(
                                        "Your reply (scored with your answer; only you see it until the close)"))
                                .element(plainTextInput(
                                        t -> t.actionId(INPUT_ACTION).multiline(true)))))));
    }

    /** The question a follow-up is about, as {@code team channel thread} in the button's value and the modal's metadata. */
    private record Question(ChannelRef channel, String threadId, UserRef user) {
        String metadata() {
            return metadata(channel, threadId);
        }

        static String metadata(ChannelRef channel, String threadId) {
            return channel.team() + " " + channel.id() + " " + threadId;
        }

        static Optional<Question> parse(String metadata, String userId) {
            String[] parts = metadata == null ? new String[0] : metadata.split(" ");
            if (parts.length != 3 || userId == null) {
                return Optional.empty();
            }
            return Optional.of(new Question(
                    SlackEventTranslator.channel(parts[0], parts[1]),
                    parts[2],
                    SlackEventTranslator.user(parts[0], userId)));
        }
    }

    /** Opens the modal before the acknowledgement (a trigger id lasts 3 seconds), or says why not. */
    private Response pressed(BlockActionPayload payload, ActionContext ctx) {
        String value = payload.getActions() == null || payload.getActions().isEmpty()
                ? null
                : payload.getActions().get(0).getValue();
        Optional<Question> question = Question.parse(
                value, payload.getUser() == null ? null : payload.getUser().getId());
        if (question.isEmpty()) {
            return ctx.ack();
        }
        Question q = question.get();
        PrivateAnswers.Draft draft = answers.followUp(q.channel(), q.threadId(), q.user(), clock.instant());
        if (draft instanceof PrivateAnswers.Draft.Fresh fresh) {
            calls.call(
                    "views.open",
                    () -> methods.viewsOpen(
                            r -> r.triggerId(payload.getTriggerId()).view(modal(fresh.prompt(), q.metadata()))));
        } else if (draft instanceof PrivateAnswers.Draft.Refused refused) {
            tellLater(q, refused.message());
        }
        return ctx.ack();
    }

    private Response submitted(ViewSubmissionPayload payload, ViewSubmissionContext ctx) {
        Optional<Question> question = Question.parse(
                payload.getView() == null ? null : payload.getView().getPrivateMetadata(),
                payload.getUser() == null ? null : payload.getUser().getId());
        if (question.isEmpty()) {
            LOG.info("a Slack follow-up form without its question was acknowledged; nothing stored");
            return ctx.ack();
        }
        Question q = question.get();
        Receipt receipt = answers.replyToFollowUp(
                "view:" + payload.getView().getId() + ":" + payload.getView().getHash(),
                q.channel(),
                q.threadId(),
                q.user(),
                SlackModalInput.text(payload, INPUT_BLOCK, INPUT_ACTION),
                clock.instant());
        if (receipt instanceof Receipt.Rejected rejected) {
            return ctx.ackWithErrors(Map.of(INPUT_BLOCK, rejected.userMessage()));
        }
        return ctx.ack();
    }

    /** An ephemeral line in the question's thread (the feedback's place, unless it went by DM). */
    private void tellLater(Question q, String text) {
        background.execute(() -> {
            try {
                chat.tellPrivately(q.channel().id(), q.threadId(), q.user().id(), SlackMrkdwn.escape(text));
            } catch (RuntimeException e) {
                LOG.warn(
                        "could not tell Slack user {} about their follow-up: {}",
                        q.user().id(),
                        e.toString());
            }
        });
    }
}
