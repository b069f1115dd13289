package dev.mledrill.chat.discord;

import dev.mledrill.chat.QuestionPost;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Criterion;
import java.time.LocalDate;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/** The embeds the bot posts for a day's question and for a private practice question. */
final class QuestionEmbeds {
    static final int THREAD_NAME_LIMIT = 100;
    private static final int ACCENT = 0x2F80ED;
    private static final String HOW_TO_ANSWER = "Reply in this question's thread, as you would say it in an "
            + "interview: about a minute (60–250 words). Open with what the user feels, then prove it with "
            + "measured numbers.";

    private QuestionEmbeds() {
    }

    /** The thread's name: the drill day and the topic, e.g. {@code 2026-11-24 · vision}. */
    static String threadName(LocalDate day, String category) {
        return MessageChunks.truncate(day + " · " + category, THREAD_NAME_LIMIT);
    }

    static MessageEmbed daily(QuestionPost post) {
        Question q = post.question();
        long closes = post.windowClosesAt().toEpochSecond();
        return base(q)
                .setTitle(MessageChunks.truncate("Drill · " + post.drillDate() + " · " + q.category(),
                        MessageEmbed.TITLE_MAX_LENGTH))
                .addField("How to answer", HOW_TO_ANSWER, false)
                .addField("Answers count until", "<t:" + closes + ":F> (<t:" + closes + ":R>)", false)
                .build();
    }

    static MessageEmbed practice(Question q) {
        return base(q)
                .setTitle(MessageChunks.truncate("Practice · " + q.category(), MessageEmbed.TITLE_MAX_LENGTH))
                .addField("How to answer", "Reply here in this DM. Practice answers are scored but never "
                        + "enter leaderboards.", false)
                .build();
    }

    private static EmbedBuilder base(Question q) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(ACCENT)
                .setDescription(MessageChunks.truncate(q.prompt(), MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .addField("Difficulty", q.difficulty().id(), true);
        if (!q.focus().isEmpty()) {
            embed.addField("Rubric focus", q.focus().stream().map(Criterion::title)
                    .collect(Collectors.joining(", ")), true);
        }
        return embed.setFooter("question " + q.id());
    }
}
