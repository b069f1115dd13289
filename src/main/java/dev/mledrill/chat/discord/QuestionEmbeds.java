package dev.mledrill.chat.discord;

import dev.mledrill.chat.AnswerMode;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Criterion;
import java.time.LocalDate;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;

/** The embeds the bot posts for a day's question and for a private practice question. */
final class QuestionEmbeds {
    static final int THREAD_NAME_LIMIT = 100;
    private static final int ACCENT = 0x2F80ED;
    private static final String HOW_TO_ANSWER = "Reply in this question's thread, as you would say it in an "
            + "interview: about a minute (60–250 words). Open with what the user feels, then prove it with "
            + "measured numbers.";
    private static final String HOW_TO_ANSWER_PRIVATELY = "Press **Answer** and write it as you would say it in an"
            + " interview: about a minute (60–250 words). Only you see your answer and your feedback until the close,"
            + " when answers are revealed in the thread. **Edit my answer** to be rescored; **Withdraw** to take it back.";

    private QuestionEmbeds() {}

    /** The thread's name: the drill day and the topic, e.g. {@code 2026-11-24 · vision}. */
    static String threadName(LocalDate day, String category) {
        return MessageChunks.truncate(day + " · " + category, THREAD_NAME_LIMIT);
    }

    static MessageEmbed daily(QuestionPost post) {
        return daily(post, AnswerMode.THREAD, 0);
    }

    /** With private answers: how to use the buttons, and the live count of answers so far (never names). */
    static MessageEmbed daily(QuestionPost post, AnswerMode answers, int answersSoFar) {
        Question q = post.question();
        long closes = post.windowClosesAt().toEpochSecond();
        EmbedBuilder embed = base(q).setTitle(MessageChunks.truncate(
                        "Drill · " + post.drillDate() + " · " + q.category(), MessageEmbed.TITLE_MAX_LENGTH))
                .addField(
                        "How to answer", answers == AnswerMode.PRIVATE ? HOW_TO_ANSWER_PRIVATELY : HOW_TO_ANSWER, false)
                .addField("Answers count until", "<t:" + closes + ":F> (<t:" + closes + ":R>)", false);
        if (answers == AnswerMode.PRIVATE) {
            embed.addField(
                    "Answers",
                    answersSoFar == 0
                            ? "No answers yet"
                            : answersSoFar + (answersSoFar == 1 ? " answer" : " answers") + " so far",
                    false);
        }
        return embed.build();
    }

    /** The Answer, Edit and Withdraw buttons under a private-answers question. */
    static ActionRow privateAnswerButtons() {
        return ActionRow.of(
                Button.primary(PrivateAnswerListener.ANSWER, "Answer"),
                Button.secondary(PrivateAnswerListener.EDIT, "Edit my answer"),
                Button.danger(PrivateAnswerListener.WITHDRAW, "Withdraw"));
    }

    static MessageEmbed practice(Question q) {
        return base(q).setTitle(MessageChunks.truncate("Practice · " + q.category(), MessageEmbed.TITLE_MAX_LENGTH))
                .addField(
                        "How to answer",
                        "Reply here in this DM. Practice answers are scored but never " + "enter leaderboards.",
                        false)
                .build();
    }

    private static EmbedBuilder base(Question q) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(ACCENT)
                .setDescription(MessageChunks.truncate(q.prompt(), MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .addField("Difficulty", q.difficulty().id(), true);
        if (!q.focus().isEmpty()) {
            embed.addField(
                    "Rubric focus", q.focus().stream().map(Criterion::title).collect(Collectors.joining(", ")), true);
        }
        return embed.setFooter("question " + q.id());
    }
}
