package dev.mledrill.chat.slack;

import dev.mledrill.chat.FeedbackMessage;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.rubric.CriterionScore;
import dev.mledrill.rubric.Evidence;
import dev.mledrill.rubric.RedFlag;
import dev.mledrill.rubric.Score;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One answer's feedback as Markdown, explained the way the rubric asks: total and band, the three
 * panel axes, each criterion with the quoted words that earned it, red flags with their
 * deductions, key points, the one change worth most, and the streak.
 */
final class SlackFeedbackText {
    private static final int MAX_QUOTE = 120;

    private SlackFeedbackText() {
    }

    static String markdown(FeedbackMessage feedback) {
        Score score = feedback.score();
        StringBuilder md = new StringBuilder();
        md.append("**Your answer: ").append(points(score.total())).append("/100 (").append(score.band()).append(")**");
        if (feedback.rescored()) {
            md.append(" (rescored after your edit)");
        }
        if (feedback.late()) {
            md.append(" (late: after the answer window, not counted in the day's ranking)");
        }
        if (feedback.practice()) {
            md.append(" (practice: not counted in leaderboards)");
        }
        md.append('\n').append(axes(score)).append("\n\n");
        for (CriterionScore c : score.criteria()) {
            md.append("- **").append(c.criterion().title()).append("** ")
                    .append(points(c.points())).append('/').append(points(c.max()));
            if (!c.evidence().isEmpty()) {
                md.append(": ").append(c.evidence().stream().limit(2).map(SlackFeedbackText::quote)
                        .collect(Collectors.joining(", ")));
            } else if (!c.tip().isBlank()) {
                md.append(": ").append(c.tip());
            }
            md.append('\n');
        }
        if (!score.redFlags().isEmpty()) {
            md.append("\n**Red flags**\n");
            for (RedFlag flag : score.redFlags()) {
                md.append("- ").append(flag.explanation()).append(" (−").append(points(flag.deduction())).append(")\n");
            }
        }
        if (!score.keyPoints().covered().isEmpty() || !score.keyPoints().missed().isEmpty()) {
            md.append("\n**Key points** covered ").append(score.keyPoints().covered().size()).append(" of ")
                    .append(score.keyPoints().covered().size() + score.keyPoints().missed().size());
            if (!score.keyPoints().missed().isEmpty()) {
                md.append("; missed: ").append(String.join("; ", score.keyPoints().missed()));
            }
            md.append('\n');
        }
        if (!score.tip().isBlank()) {
            md.append("\n**The one change worth most:** ").append(score.tip()).append('\n');
        }
        if (!feedback.practice()) {
            md.append("\nStreak: ").append(feedback.currentStreak()).append(feedback.currentStreak() == 1 ? " day" : " days")
                    .append(" (longest ").append(feedback.longestStreak()).append(')');
        }
        return md.toString().strip();
    }

    private static String axes(Score score) {
        Map<Criterion.Axis, double[]> sums = new EnumMap<>(Criterion.Axis.class);
        for (CriterionScore c : score.criteria()) {
            double[] sum = sums.computeIfAbsent(c.criterion().axis(), a -> new double[2]);
            sum[0] += c.points();
            sum[1] += c.max();
        }
        return sums.entrySet().stream()
                .map(e -> axisName(e.getKey()) + " " + points(e.getValue()[0]) + "/" + points(e.getValue()[1]))
                .collect(Collectors.joining(" · "));
    }

    private static String axisName(Criterion.Axis axis) {
        return switch (axis) {
            case TECHNICAL -> "Technical depth";
            case PRODUCT -> "Product impact";
            case TRUST -> "Trust";
        };
    }

    private static String quote(Evidence evidence) {
        String q = evidence.quote().strip().replaceAll("\\s+", " ");
        return "“" + (q.length() > MAX_QUOTE ? q.substring(0, MAX_QUOTE) + "…" : q) + "”";
    }

    static String points(double value) {
        return Math.abs(value - Math.rint(value)) < 0.05
                ? String.valueOf((long) Math.rint(value))
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
