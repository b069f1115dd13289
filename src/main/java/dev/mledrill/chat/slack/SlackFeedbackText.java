package dev.mledrill.chat.slack;

import dev.mledrill.chat.FeedbackMessage;
import dev.mledrill.rubric.FeedbackRenderer;
import java.util.Locale;
import java.util.Optional;

/**
 * One answer's feedback as Markdown: what it is (rescored, late, practice), the rubric's own
 * explanation ({@link FeedbackRenderer}: score and band, the three axes, each criterion with its
 * quotes, red flags, key points, the tip), then the streak. {@link SlackMrkdwn} converts it.
 */
final class SlackFeedbackText {
    private static final FeedbackRenderer RENDERER = new FeedbackRenderer();

    private SlackFeedbackText() {}

    static String markdown(FeedbackMessage feedback) {
        StringBuilder md = new StringBuilder();
        feedback.probeResult().ifPresent(result -> md.append(result.markdown()).append("\n\n"));
        md.append(
                feedback.probeResult().isPresent()
                        ? "Feedback on your answer with your reply"
                        : "Feedback on your answer");
        if (feedback.rescored()) {
            md.append(", rescored after your edit");
        }
        if (feedback.late()) {
            md.append(" (after the answer window: stored and scored, not counted for the day)");
        }
        if (feedback.practice()) {
            md.append(" (practice: not counted in leaderboards)");
        }
        md.append(":\n")
                .append(RENDERER.markdown(feedback.score(), Optional.ofNullable(feedback.question()))
                        .strip());
        if (!feedback.practice()) {
            md.append("\n\nStreak: ")
                    .append(feedback.currentStreak())
                    .append(feedback.currentStreak() == 1 ? " day" : " days")
                    .append(" (longest ")
                    .append(feedback.longestStreak())
                    .append(')');
        }
        feedback.probeMarkdown().ifPresent(probe -> md.append("\n\n").append(probe));
        return md.toString();
    }

    static String points(double value) {
        return Math.abs(value - Math.rint(value)) < 0.05
                ? String.valueOf((long) Math.rint(value))
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
