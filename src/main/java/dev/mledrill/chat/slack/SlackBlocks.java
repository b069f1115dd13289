package dev.mledrill.chat.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.mledrill.chat.AnswerMode;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.chat.WrapUpMessage;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Criterion;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Block Kit layouts for questions, practice questions and wrap-ups (Slack limits respected). */
final class SlackBlocks {
    static final int SECTION_LIMIT = 3000;
    static final int REVEALED_PER_MESSAGE = 10;
    private static final int HEADER_LIMIT = 150;
    private static final DateTimeFormatter CLOSES = DateTimeFormatter.ofPattern("EEE d MMM HH:mm zzz", Locale.ENGLISH);

    private SlackBlocks() {}

    static List<LayoutBlock> question(QuestionPost post, FeedbackMode feedback) {
        return question(post, feedback, AnswerMode.THREAD, 0);
    }

    /**
     * The question; with private answers it carries the Answer, Edit and Withdraw buttons and the
     * live count of answers so far (never names).
     */
    static List<LayoutBlock> question(QuestionPost post, FeedbackMode feedback, AnswerMode answers, int answersSoFar) {
        Question q = post.question();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(clip(post.heading() + ": " + q.category(), HEADER_LIMIT)))));
        blocks.addAll(sections(SlackMrkdwn.escape(q.prompt())));
        blocks.add(facts(q));
        blocks.add(divider());
        String shape = " a one-minute, spoken-style answer (60–250 words). Open with what the user feels, prove it with"
                + " measured numbers (before → after, on which device), compare against a baseline, name the budget"
                + " and your fallback. ";
        if (answers == AnswerMode.PRIVATE) {
            blocks.add(section(s -> s.text(markdownText("*How to answer:* press *Answer* and write" + shape
                    + "Only you see your answer and your feedback until the close, when answers are revealed in the"
                    + " thread. *Edit my answer* to be rescored; *Withdraw* to take it back."))));
            blocks.add(actions(a -> a.blockId(SlackPrivateAnswers.ACTIONS_BLOCK)
                    .elements(List.of(
                            button(b -> b.actionId(SlackPrivateAnswers.ANSWER)
                                    .text(plainText("Answer"))
                                    .style("primary")),
                            button(b -> b.actionId(SlackPrivateAnswers.EDIT).text(plainText("Edit my answer"))),
                            button(b -> b.actionId(SlackPrivateAnswers.WITHDRAW)
                                    .text(plainText("Withdraw"))
                                    .style("danger")
                                    .confirm(confirmationDialog(d -> d.title(plainText("Withdraw your answer?"))
                                            .text(plainText("It stops counting for scores, streaks and the reveal."))
                                            .confirm(plainText("Withdraw"))
                                            .deny(plainText("Keep it")))))))));
            blocks.add(context(c -> c.elements(List.of(markdownText(
                    answersSoFar(answersSoFar) + " · answers count until " + slackDate(post.windowClosesAt()))))));
            return blocks;
        }
        blocks.add(section(s -> s.text(markdownText("*How to answer:* reply in this thread with" + shape
                + whereFeedbackGoes(feedback) + " Edit your reply to be rescored; delete it to withdraw it."))));
        blocks.add(context(
                c -> c.elements(List.of(markdownText("Answers count until " + slackDate(post.windowClosesAt()))))));
        return blocks;
    }

    /** "No answers yet", "1 answer so far", "7 answers so far". */
    static String answersSoFar(int answers) {
        return answers == 0 ? "No answers yet" : answers + (answers == 1 ? " answer" : " answers") + " so far";
    }

    /** The form a private answer is written in; {@code metadata} names the question it answers. */
    static View answerModal(String questionPrompt, String metadata, Optional<String> current) {
        String prompt = clip(
                SlackMrkdwn.escape(questionPrompt.isBlank() ? "The drill question" : questionPrompt), SECTION_LIMIT);
        return view(v -> v.type("modal")
                .callbackId(SlackPrivateAnswers.MODAL)
                .privateMetadata(metadata)
                .title(viewTitle(
                        t -> t.type("plain_text").text(current.isPresent() ? "Edit your answer" : "Your answer")))
                .submit(viewSubmit(t -> t.type("plain_text").text(current.isPresent() ? "Save and rescore" : "Submit")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .blocks(List.of(
                        section(s -> s.text(markdownText(prompt))),
                        input(i -> i.blockId(SlackPrivateAnswers.INPUT_BLOCK)
                                .label(plainText("Your answer (60–250 words; only you see it until the close)"))
                                .element(plainTextInput(t -> t.actionId(SlackPrivateAnswers.INPUT_ACTION)
                                        .multiline(true)
                                        .initialValue(current.orElse(null))))))));
    }

    /**
     * The revealed answers as thread messages of at most {@link #REVEALED_PER_MESSAGE} answers each
     * (a message holds 50 blocks): author, score, strongest criterion, and the text as a quote.
     */
    static List<String> reveal(WrapUpMessage.Reveal reveal) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = new StringBuilder(
                "*" + SlackMrkdwn.escape(reveal.heading()) + ", revealed now that the window is closed*");
        int inMessage = 0;
        int rank = 0;
        for (WrapUpMessage.RevealedAnswer a : reveal.answers()) {
            if (inMessage == REVEALED_PER_MESSAGE) {
                messages.add(current.toString());
                current = new StringBuilder();
                inMessage = 0;
            }
            rank++;
            current.append(current.length() == 0 ? "" : "\n\n")
                    .append(rank)
                    .append(". *")
                    .append(SlackMrkdwn.escape(a.name()))
                    .append("*: ")
                    .append(SlackFeedbackText.points(a.total()))
                    .append(" points")
                    .append(a.strongest().isEmpty() ? "" : " · strongest: " + a.strongest());
            if (a.textHidden()) {
                current.append("\n_(text not revealed, at the author's choice)_");
            } else {
                current.append("\n").append(quote(SlackMrkdwn.escape(a.text()) + (a.cut() ? " …" : "")));
                if (a.cut()) {
                    current.append(String.format("\n_(cut: %,d characters in all)_", a.fullLength()));
                }
            }
            inMessage++;
        }
        messages.add(current.toString());
        return messages;
    }

    private static String quote(String text) {
        return text.lines().map(l -> "> " + l).collect(Collectors.joining("\n"));
    }

    static String questionFallback(QuestionPost post) {
        Question q = post.question();
        return clip(post.heading() + " " + questionSignature(q), SECTION_LIMIT);
    }

    /** The part of a question post's text that does not depend on the day it was posted. */
    static String questionSignature(Question q) {
        return "(" + q.category() + ", " + q.difficulty().id() + "): " + q.prompt();
    }

    static List<LayoutBlock> practice(Question q) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(clip("Practice: " + q.category(), HEADER_LIMIT)))));
        blocks.addAll(sections(SlackMrkdwn.escape(q.prompt())));
        blocks.add(facts(q));
        blocks.add(section(s -> s.text(markdownText("Reply in this thread with your answer. It is scored and the"
                + " feedback comes here; practice never counts in leaderboards."))));
        return blocks;
    }

    static List<LayoutBlock> wrapUp(WrapUpMessage w) {
        Question q = w.question();
        StringBuilder md = new StringBuilder();
        md.append("**")
                .append(w.answerCount())
                .append(w.answerCount() == 1 ? " answer" : " answers")
                .append("**");
        if (!w.topScores().isEmpty()) {
            md.append("\n")
                    .append(w.topScores().stream()
                            .map(t -> "- " + t.name() + ": " + SlackFeedbackText.points(t.total()))
                            .collect(Collectors.joining("\n")));
        }
        if (!w.notCounted().isBlank()) {
            md.append("\n_").append(w.notCounted()).append("._");
        }
        if (!w.followUps().isBlank()) {
            md.append("\n").append(w.followUps()).append('.');
        }
        if (!q.keyPoints().isEmpty()) {
            md.append("\n\n**Key points**\n").append(bullets(q.keyPoints()));
        }
        if (!q.modelAnswer().isEmpty()) {
            md.append("\n\n**A strong answer, in outline**\n")
                    .append(bullets(q.modelAnswer()))
                    .append('\n')
                    .append(WrapUpMessage.MODEL_ANSWER_NOTE);
        }
        if (!w.mostMissed().isBlank()) {
            md.append("\n\n**Most missed by the team:** ").append(w.mostMissed());
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(clip("Wrap-up: " + q.category(), HEADER_LIMIT)))));
        blocks.addAll(sections(SlackMrkdwn.fromMarkdown(md.toString())));
        return blocks;
    }

    static String wrapUpFallback(WrapUpMessage w) {
        return "Wrap-up: " + w.answerCount() + (w.answerCount() == 1 ? " answer" : " answers") + " to "
                + w.question().category();
    }

    private static LayoutBlock facts(Question q) {
        String focus = q.focus().stream().map(Criterion::title).collect(Collectors.joining(", "));
        String text = "*Category:* " + SlackMrkdwn.escape(q.category()) + "   *Difficulty:* "
                + q.difficulty().id() + (focus.isEmpty() ? "" : "   *Focus:* " + focus);
        return context(c -> c.elements(List.of(markdownText(text))));
    }

    private static String whereFeedbackGoes(FeedbackMode mode) {
        return switch (mode) {
            case EPHEMERAL -> "Your score and feedback are shown only to you.";
            case THREAD -> "Your score and feedback are posted as a reply in this thread.";
            case DM -> "Your score and feedback arrive as a direct message.";
        };
    }

    /** Slack shows the date in each reader's own time zone; the fallback uses the channel's zone. */
    static String slackDate(ZonedDateTime at) {
        return "<!date^" + at.toEpochSecond() + "^{date_short_pretty} at {time}|" + CLOSES.format(at) + ">";
    }

    /** Section text is limited to 3,000 characters: long text is split on line breaks where possible. */
    static List<LayoutBlock> sections(String mrkdwn) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String rest = mrkdwn.isBlank() ? " " : mrkdwn;
        while (!rest.isEmpty()) {
            int cut = rest.length() <= SECTION_LIMIT ? rest.length() : breakPoint(rest);
            String part = rest.substring(0, cut);
            blocks.add(section(s -> s.text(markdownText(part))));
            rest = rest.substring(cut);
        }
        return blocks;
    }

    private static int breakPoint(String text) {
        int newline = text.lastIndexOf('\n', SECTION_LIMIT);
        if (newline > SECTION_LIMIT / 2) {
            return newline + 1;
        }
        int cut = SECTION_LIMIT;
        return Character.isLowSurrogate(text.charAt(cut)) ? cut - 1 : cut;
    }

    private static String bullets(List<String> items) {
        return items.stream().map(i -> "- " + i).collect(Collectors.joining("\n"));
    }

    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = Character.isLowSurrogate(text.charAt(max - 1)) ? max - 2 : max - 1;
        return text.substring(0, cut) + "…";
    }
}
