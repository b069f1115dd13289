package dev.mledrill.chat.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
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
import java.util.stream.Collectors;

/** Block Kit layouts for questions, practice questions and wrap-ups (Slack limits respected). */
final class SlackBlocks {
    static final int SECTION_LIMIT = 3000;
    private static final int HEADER_LIMIT = 150;
    private static final DateTimeFormatter CLOSES = DateTimeFormatter.ofPattern("EEE d MMM HH:mm zzz", Locale.ENGLISH);

    private SlackBlocks() {
    }

    static List<LayoutBlock> question(QuestionPost post, FeedbackMode feedback) {
        Question q = post.question();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(clip(post.heading() + ": " + q.category(), HEADER_LIMIT)))));
        blocks.addAll(sections(SlackMrkdwn.escape(q.prompt())));
        blocks.add(facts(q));
        blocks.add(divider());
        blocks.add(section(s -> s.text(markdownText("*How to answer:* reply in this thread with a one-minute,"
                + " spoken-style answer (60–250 words). Open with what the user feels, prove it with measured"
                + " numbers (before → after, on which device), compare against a baseline, name the budget"
                + " and your fallback. " + whereFeedbackGoes(feedback)
                + " Edit your reply to be rescored; delete it to withdraw it."))));
        blocks.add(context(c -> c.elements(List.of(markdownText("Answers count until " + slackDate(post.windowClosesAt()))))));
        return blocks;
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
        md.append("**").append(w.answerCount()).append(w.answerCount() == 1 ? " answer" : " answers").append("**");
        if (!w.topScores().isEmpty()) {
            md.append("\n").append(w.topScores().stream()
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
            md.append("\n\n**A strong answer, in outline**\n").append(bullets(q.modelAnswer()))
                    .append('\n').append(WrapUpMessage.MODEL_ANSWER_NOTE);
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
        return "Wrap-up: " + w.answerCount() + (w.answerCount() == 1 ? " answer" : " answers") + " to " + w.question().category();
    }

    private static LayoutBlock facts(Question q) {
        String focus = q.focus().stream().map(Criterion::title).collect(Collectors.joining(", "));
        String text = "*Category:* " + SlackMrkdwn.escape(q.category()) + "   *Difficulty:* " + q.difficulty().id()
                + (focus.isEmpty() ? "" : "   *Focus:* " + focus);
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
