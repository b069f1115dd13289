package dev.mledrill.chat.discord;

import dev.mledrill.chat.WrapUpMessage;
import dev.mledrill.question.Question;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;

/** The close of a question's window as Discord Markdown. */
final class WrapUpText {
    private WrapUpText() {}

    /** The revealed private answers: author, score, strongest criterion, and the text as a quote (cut when long). */
    static String reveal(WrapUpMessage.Reveal reveal) {
        StringBuilder out =
                new StringBuilder("**").append(reveal.heading()).append(", revealed now that the window is closed**\n");
        int rank = 1;
        for (WrapUpMessage.RevealedAnswer a : reveal.answers()) {
            out.append('\n')
                    .append(rank++)
                    .append(". **")
                    .append(MarkdownSanitizer.escape(a.name()))
                    .append("** — ")
                    .append(FeedbackText.points(a.total()))
                    .append(" points")
                    .append(a.strongest().isEmpty() ? "" : " · strongest: " + a.strongest())
                    .append('\n');
            if (a.textHidden()) {
                out.append("*(text not revealed, at the author's choice)*\n");
                continue;
            }
            a.text()
                    .lines()
                    .forEach(line -> out.append("> ")
                            .append(MarkdownSanitizer.escape(line))
                            .append('\n'));
            if (a.cut()) {
                out.append(String.format("> …%n*(cut: %,d characters in all)*%n", a.fullLength()));
            }
        }
        return out.toString();
    }

    static String render(WrapUpMessage wrapUp) {
        Question q = wrapUp.question();
        StringBuilder out = new StringBuilder("**Wrap-up · ")
                .append(q.category())
                .append("** — ")
                .append(wrapUp.answerCount())
                .append(wrapUp.answerCount() == 1 ? " answer" : " answers")
                .append('\n');
        if (!wrapUp.topScores().isEmpty()) {
            out.append("\n**Top scores**\n");
            int rank = 1;
            for (WrapUpMessage.TopScore top : wrapUp.topScores()) {
                out.append(rank++)
                        .append(". ")
                        .append(MarkdownSanitizer.escape(top.name()))
                        .append(" — ")
                        .append(FeedbackText.points(top.total()))
                        .append('\n');
            }
        }
        if (!wrapUp.notCounted().isBlank()) {
            out.append("\n*").append(wrapUp.notCounted()).append(".*\n");
        }
        if (!wrapUp.followUps().isBlank()) {
            out.append('\n').append(wrapUp.followUps()).append(".\n");
        }
        if (!wrapUp.mostMissed().isBlank()) {
            out.append("\n**Most missed:** ").append(wrapUp.mostMissed()).append('\n');
        }
        if (!q.keyPoints().isEmpty()) {
            out.append("\n**Key points**\n");
            q.keyPoints().forEach(p -> out.append("- ").append(p).append('\n'));
        }
        if (!q.modelAnswer().isEmpty()) {
            out.append("\n**Model answer outline**\n");
            int step = 1;
            for (String line : q.modelAnswer()) {
                out.append(step++).append(". ").append(line).append('\n');
            }
            out.append('*').append(WrapUpMessage.MODEL_ANSWER_NOTE).append("*\n");
        }
        return out.toString();
    }
}
