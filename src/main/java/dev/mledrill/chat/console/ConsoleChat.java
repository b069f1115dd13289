package dev.mledrill.chat.console;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.Chat;
import dev.mledrill.chat.ChatImage;
import dev.mledrill.chat.FeedbackDm;
import dev.mledrill.chat.FeedbackMessage;
import dev.mledrill.chat.Platform;
import dev.mledrill.chat.PostedMessage;
import dev.mledrill.chat.PracticePost;
import dev.mledrill.chat.PrivateNotice;
import dev.mledrill.chat.QuestionPost;
import dev.mledrill.chat.UserRef;
import dev.mledrill.chat.WrapUpMessage;
import dev.mledrill.question.Question;
import dev.mledrill.rubric.Score;
import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The terminal as a chat platform: questions, feedback and wrap-ups are printed as plain text.
 * A post's "thread" is the terminal session itself, so every post gets a fresh id.
 */
public final class ConsoleChat implements Chat {
    private static final DateTimeFormatter CLOSES = DateTimeFormatter.ofPattern("EEE d MMM HH:mm z");

    private final PrintStream out;
    private final BiFunction<Score, Optional<Question>, String> feedbackText;

    /** @param feedbackText renders a score as plain text (the rubric's feedback renderer) */
    public ConsoleChat(PrintStream out, BiFunction<Score, Optional<Question>, String> feedbackText) {
        this.out = Objects.requireNonNull(out, "out");
        this.feedbackText = Objects.requireNonNull(feedbackText, "feedbackText");
    }

    @Override
    public Platform platform() {
        return Platform.CONSOLE;
    }

    @Override
    public PostedMessage postQuestion(QuestionPost post) {
        show(post);
        return newPost("question");
    }

    /** Prints a question already posted today again, for a second drill on the same day. */
    public void show(QuestionPost post) {
        out.println(
                "Today's question (" + post.drillDate() + ", open until " + CLOSES.format(post.windowClosesAt()) + ")");
        printQuestion(post.question());
    }

    @Override
    public PostedMessage postPractice(PracticePost post) {
        out.println("Practice question (scored, not counted in streaks or leaderboards)");
        printQuestion(post.question());
        return newPost("practice");
    }

    @Override
    public Optional<FeedbackDm> sendFeedback(FeedbackMessage feedback) {
        out.println();
        feedback.probeResult().ifPresent(result -> out.println(result.plainText()));
        if (feedback.rescored()) {
            out.println("(rescored after your edit)");
        }
        out.println(feedbackText
                .apply(feedback.score(), Optional.ofNullable(feedback.question()))
                .stripTrailing());
        out.println();
        if (feedback.practice()) {
            out.println("Practice answer: it does not change your streak (" + days(feedback.currentStreak()) + ").");
        } else if (feedback.late()) {
            out.println(
                    "Late: the answer window had closed, so this answer is scored but does not count for your streak.");
        } else {
            out.println(
                    "Streak: " + days(feedback.currentStreak()) + " (longest " + days(feedback.longestStreak()) + ")");
        }
        feedback.probe().ifPresent(probe -> out.println("\nFollow-up: " + probe.question()));
        out.flush();
        return Optional.empty();
    }

    /** One line (the terminal has one reader), Markdown emphasis removed. */
    @Override
    public void sendPrivateNotice(PrivateNotice notice) {
        out.println(notice.text().replace("**", ""));
        out.println();
        out.flush();
    }

    @Override
    public void postWrapUp(WrapUpMessage wrapUp) {
        Question question = wrapUp.question();
        out.println();
        out.println("Wrap-up of [" + question.id() + "]: " + wrapUp.answerCount()
                + (wrapUp.answerCount() == 1 ? " answer" : " answers"));
        wrapUp.topScores().forEach(top -> out.printf("  %-24s %5.1f%n", top.name(), top.total()));
        if (!wrapUp.notCounted().isBlank()) {
            out.println("Not counted: " + wrapUp.notCounted() + ".");
        }
        if (!wrapUp.followUps().isBlank()) {
            out.println(wrapUp.followUps() + ".");
        }
        if (!wrapUp.mostMissed().isBlank()) {
            out.println("Most missed: " + wrapUp.mostMissed());
        }
        printList("What a strong answer covers:", question.keyPoints());
        printList("Model answer outline:", question.modelAnswer());
        if (!question.modelAnswer().isEmpty()) {
            out.println(WrapUpMessage.MODEL_ANSWER_NOTE);
        }
        out.println();
        out.flush();
    }

    /** The terminal shows no pictures: an image is given by its alt text. */
    @Override
    public void sendDirect(UserRef user, String markdown, Optional<ChatImage> image) {
        print(markdown, image);
    }

    @Override
    public void postInChannel(ChannelRef channel, String markdown, Optional<ChatImage> image) {
        print(markdown, image);
    }

    private void print(String markdown, Optional<ChatImage> image) {
        out.println(markdown.replace("**", ""));
        image.ifPresent(i -> out.println("[chart: " + i.altText() + "]"));
        out.println();
        out.flush();
    }

    private void printQuestion(Question question) {
        out.println("[" + question.id() + "] " + question.category() + ", "
                + question.difficulty().id());
        out.println();
        out.println(question.prompt().strip());
        out.println();
        out.println(
                "Type your answer (about one minute spoken, 60-250 words). Finish with a line holding only '.' (or Ctrl-D).");
        out.flush();
    }

    private void printList(String title, List<String> items) {
        if (!items.isEmpty()) {
            out.println(title);
            items.forEach(item -> out.println("  - " + item));
        }
    }

    private static PostedMessage newPost(String kind) {
        String id = "console-" + kind + "-" + UUID.randomUUID();
        return new PostedMessage(id, id);
    }

    private static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }
}
