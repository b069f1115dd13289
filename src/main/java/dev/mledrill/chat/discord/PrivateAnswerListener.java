package dev.mledrill.chat.discord;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.PrivateAnswers;
import dev.mledrill.chat.Receipt;
import dev.mledrill.chat.UserRef;
import java.time.Clock;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;

/**
 * Private answers on Discord: the question embed's *Answer* / *Edit my answer* buttons open a modal
 * (interaction response type 9) with a paragraph input, pre-filled with the current answer; its submit
 * is stored as the answer before the interaction is answered (privately, with what happened or why it was
 * refused: a Discord modal cannot show an error itself). *Withdraw* withdraws the current answer.
 */
final class PrivateAnswerListener extends ListenerAdapter {
    static final String ANSWER = "drill-answer";
    static final String EDIT = "drill-edit-answer";
    static final String WITHDRAW = "drill-withdraw-answer";
    /** The modal's id: this prefix and the question's thread id. */
    static final String MODAL = "drill-answer-form:";

    static final String INPUT = "text";
    /** The most a Discord text input holds. */
    static final int INPUT_LIMIT = 4000;

    private final PrivateAnswers answers;
    private final Clock clock;

    PrivateAnswerListener(PrivateAnswers answers, Clock clock) {
        this.answers = answers;
        this.clock = clock;
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        String id = event.getComponentId();
        if (event.getGuild() == null || !(ANSWER.equals(id) || EDIT.equals(id) || WITHDRAW.equals(id))) {
            return;
        }
        // The thread opened on the question message has that message's id.
        String thread = event.getMessageId();
        ChannelRef channel = new ChannelRef(
                Platform.DISCORD, event.getGuild().getId(), event.getChannel().getId());
        UserRef user =
                new UserRef(Platform.DISCORD, channel.team(), event.getUser().getId());
        if (WITHDRAW.equals(id)) {
            Receipt receipt = answers.withdraw("interaction:" + event.getId(), channel, thread, user, clock.instant());
            event.reply(
                            receipt instanceof Receipt.Withdrawn
                                    ? "Your answer is withdrawn: it no longer counts and will not be revealed. **Answer** to write a new one."
                                    : receipt instanceof Receipt.Duplicate
                                            ? "Your answer was already withdrawn."
                                            : "You have no answer to this question to withdraw.")
                    .setEphemeral(true)
                    .queue();
            return;
        }
        PrivateAnswers.Draft draft = answers.draft(channel, thread, user, clock.instant());
        if (draft instanceof PrivateAnswers.Draft.Refused refused) {
            event.reply(refused.message()).setEphemeral(true).queue();
            return;
        }
        Optional<String> current =
                draft instanceof PrivateAnswers.Draft.Editing e ? Optional.of(e.text()) : Optional.empty();
        event.replyModal(form(thread, current)).queue();
    }

    static Modal form(String thread, Optional<String> current) {
        TextInput.Builder input = TextInput.create(INPUT, TextInputStyle.PARAGRAPH)
                .setPlaceholder("Open with what the user feels, then prove it with measured numbers (60–250 words).")
                .setRequiredRange(1, INPUT_LIMIT);
        current.filter(text -> text.length() <= INPUT_LIMIT).ifPresent(input::setValue);
        return Modal.create(MODAL + thread, current.isPresent() ? "Edit your answer" : "Your answer")
                .addComponents(Label.of("Your answer (only you see it until the close)", input.build()))
                .build();
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (event.getGuild() == null || !event.getModalId().startsWith(MODAL) || event.getChannel() == null) {
            return;
        }
        String thread = event.getModalId().substring(MODAL.length());
        ChannelRef channel = new ChannelRef(
                Platform.DISCORD, event.getGuild().getId(), event.getChannel().getId());
        UserRef user =
                new UserRef(Platform.DISCORD, channel.team(), event.getUser().getId());
        ModalMapping value = event.getValue(INPUT);
        String text = value == null ? "" : value.getAsString();
        String name = event.getMember() != null
                ? event.getMember().getEffectiveName()
                : event.getUser().getName();
        Receipt receipt =
                answers.submit("interaction:" + event.getId(), channel, thread, user, name, text, clock.instant());
        String reply = receipt instanceof Receipt.Rejected rejected
                ? "Your answer was not saved. " + rejected.userMessage()
                : receipt instanceof Receipt.Stored
                        ? "Your answer is in. Your score and feedback come by direct message;"
                                + " answers are revealed in the thread at the close."
                        : "Nothing changed: that is already your answer.";
        event.reply(reply).setEphemeral(true).queue();
    }
}
