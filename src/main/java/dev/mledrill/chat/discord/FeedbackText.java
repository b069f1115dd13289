package dev.mledrill.chat.discord;

import dev.mledrill.chat.FeedbackMessage;
import dev.mledrill.chat.FeedbackMode;
import dev.mledrill.rubric.FeedbackRenderer;
import java.util.Locale;
import java.util.Optional;

/**
 * One answer's feedback for Discord: the rubric's Markdown rendering (which Discord displays as
 * is: bold, lists, quotes), framed by what only the chat knows: rescoring, lateness, practice,
 * the streak.
 */
final class FeedbackText {
    private static final FeedbackRenderer RENDERER = new FeedbackRenderer();

    private FeedbackText() {}

    static String render(FeedbackMessage feedback) {
        return render(feedback, feedback.mode());
    }

    /** The feedback as delivered in {@code mode} (a DM refused falls back to the thread, whose probe is answered there). */
    static String render(FeedbackMessage feedback, FeedbackMode mode) {
        StringBuilder out = new StringBuilder();
        feedback.probeResult().ifPresent(result -> out.append(result.markdown()).append('\n'));
        if (feedback.rescored()) {
            out.append("*Rescored after your edit.*\n");
        }
        if (feedback.late()) {
            out.append("*Late: stored and scored, but it does not count for streaks or leaderboards.*\n");
        }
        if (feedback.practice()) {
            out.append("*Practice: scored, never on leaderboards.*\n");
        }
        out.append(RENDERER.markdown(feedback.score(), Optional.ofNullable(feedback.question()))
                        .strip())
                .append('\n');
        if (!feedback.practice()) {
            out.append("\n🔥 Streak ")
                    .append(feedback.currentStreak())
                    .append(" (longest ")
                    .append(feedback.longestStreak())
                    .append(")\n");
        }
        feedback.probeMarkdown(mode)
                .ifPresent(probe -> out.append('\n').append(probe).append('\n'));
        out.append("-# rubric ").append(feedback.score().rubricVersion());
        return out.toString();
    }

    static String points(double value) {
        return Math.rint(value) == value ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
