package dev.mledrill.chat.discord;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.PrivateAnswers;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import java.time.Clock;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textdisplay.TextDisplay;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;

/**
 * The follow-up on a private answer: its DM feedback carries a *Reply to follow-up* button; the button opens
 * a modal (interaction response type 9) with the probe and a paragraph input, and the submit is the probe's
 * reply, stored before the interaction is answered with an ephemeral line. The button lives in a DM, so its
 * custom id (and the modal's) names the question: {@code <prefix><guild>:<channel>:<thread>}.
 */
final class FollowUpFormListener extends ListenerAdapter {
    static final String BUTTON = "drill-follow-up:";
    static final String MODAL = "drill-follow-up-form:";
    static final String INPUT = "reply";
    /** Discord's limit for a text display's content. */
    private static final int DISPLAY_LIMIT = 4000;

    private final PrivateAnswers answers;
    private final Clock clock;

    FollowUpFormListener(PrivateAnswers answers, Clock clock) {
        this.answers = answers;
        this.clock = clock;
    }

    /** The button under a private answer's feedback. */
    static ActionRow button(ChannelRef channel, String threadId) {
        return ActionRow.of(Button.primary(BUTTON + Question.id(channel, threadId), "Reply to follow-up"));
    }

    /** The question a button or modal names, and who pressed it. */
    private record Question(ChannelRef channel, String threadId, UserRef user) {
        static String id(ChannelRef channel, String threadId) {
            return channel.team() + ":" + channel.id() + ":" + threadId;
        }

        static Optional<Question> parse(String customId, String prefix, String userId) {
            String[] parts = customId.substring(prefix.length()).split(":");
            if (parts.length != 3) {
                return Optional.empty();
            }
            ChannelRef channel = new ChannelRef(Platform.DISCORD, parts[0], parts[1]);
            return Optional.of(new Question(channel, parts[2], new UserRef(Platform.DISCORD, parts[0], userId)));
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (!event.getComponentId().startsWith(BUTTON)) {
            return;
        }
        Optional<Question> question =
                Question.parse(event.getComponentId(), BUTTON, event.getUser().getId());
        if (question.isEmpty()) {
            event.reply("This button names no question.").setEphemeral(true).queue();
            return;
        }
        Question q = question.get();
        PrivateAnswers.Draft draft = answers.followUp(q.channel(), q.threadId(), q.user(), clock.instant());
        if (draft instanceof PrivateAnswers.Draft.Fresh fresh) {
            event.replyModal(form(q, fresh.prompt())).queue();
        } else {
            event.reply(
                            draft instanceof PrivateAnswers.Draft.Refused refused
                                    ? refused.message()
                                    : PrivateAnswers.NO_FOLLOW_UP)
                    .setEphemeral(true)
                    .queue();
        }
    }

    private static Modal form(Question q, String probe) {
        String shown = "**Follow-up:** " + probe;
        TextInput input = TextInput.create(INPUT, TextInputStyle.PARAGRAPH)
                .setRequiredRange(1, PrivateAnswerListener.INPUT_LIMIT)
                .build();
        return Modal.create(MODAL + Question.id(q.channel(), q.threadId()), "Reply to the follow-up")
                .addComponents(
                        TextDisplay.of(
                                shown.length() <= DISPLAY_LIMIT ? shown : shown.substring(0, DISPLAY_LIMIT - 1) + "…"),
                        Label.of("Your reply (only you see it until the close)", input))
                .build();
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (!event.getModalId().startsWith(MODAL)) {
            return;
        }
        Optional<Question> question =
                Question.parse(event.getModalId(), MODAL, event.getUser().getId());
        if (question.isEmpty()) {
            event.reply("This form names no question: nothing was saved.")
                    .setEphemeral(true)
                    .queue();
            return;
        }
        Question q = question.get();
        ModalMapping value = event.getValue(INPUT);
        Receipt receipt = answers.replyToFollowUp(
                "interaction:" + event.getId(),
                q.channel(),
                q.threadId(),
                q.user(),
                value == null ? "" : value.getAsString(),
                clock.instant());
        event.reply(
                        receipt instanceof Receipt.Rejected rejected
                                ? "Your reply was not saved. " + rejected.userMessage()
                                : "Your follow-up reply is in. Its score with your answer comes by direct message.")
                .setEphemeral(true)
                .queue();
    }
}
