package dev.mledrill.chat.discord;

import dev.mledrill.chat.FeedbackMessage;
import dev.mledrill.rubric.Criterion;
import dev.mledrill.rubric.CriterionScore;
import dev.mledrill.rubric.Evidence;
import dev.mledrill.rubric.RedFlag;
import dev.mledrill.rubric.Score;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;

/** One answer's feedback as Discord Markdown: total, the three axes, each criterion with its evidence. */
final class FeedbackText {
    private static final int QUOTE_LIMIT = 120;

    private FeedbackText() {
    }

    static String render(FeedbackMessage feedback) {
        Score score = feedback.score();
        StringBuilder out = new StringBuilder();
        out.append("**").append(points(score.total())).append("/100 · ").append(score.band()).append("**");
        if (feedback.rescored()) {
            out.append(" (rescored after your edit)");
        }
        if (feedback.practice()) {
            out.append(" · practice, not on leaderboards");
        }
        if (feedback.late()) {
            out.append(" · late: stored and scored, but it does not count for streaks");
        }
        out.append('\n').append(axes(score.criteria())).append("\n\n");
        for (CriterionScore c : score.criteria()) {
            out.append(c.points() >= c.max() * 0.6 ? "✅" : "▫️").append(" **").append(c.criterion().title())
                    .append("** ").append(points(c.points())).append('/').append(points(c.max()));
            c.evidence().stream().findFirst().ifPresent(e -> out.append(" — ").append(quote(e)));
            if (c.evidence().isEmpty() && !c.tip().isBlank()) {
                out.append(" — ").append(c.tip());
            }
            out.append('\n');
        }
        for (RedFlag flag : score.redFlags()) {
            out.append("⚠️ **").append(flag.id()).append("** −").append(points(flag.deduction())).append(": ")
                    .append(flag.explanation()).append('\n');
        }
        List<String> missed = score.keyPoints().missed();
        if (!score.keyPoints().covered().isEmpty() || !missed.isEmpty()) {
            int all = score.keyPoints().covered().size() + missed.size();
            out.append("**Key points** ").append(score.keyPoints().covered().size()).append('/').append(all);
            if (!missed.isEmpty()) {
                out.append(" · missed: ").append(String.join("; ", missed));
            }
            out.append('\n');
        }
        if (!score.tip().isBlank()) {
            out.append("💡 **Next time:** ").append(score.tip()).append('\n');
        }
        if (!feedback.practice()) {
            out.append("🔥 Streak ").append(feedback.currentStreak()).append(" (longest ")
                    .append(feedback.longestStreak()).append(")\n");
        }
        out.append("-# rubric ").append(score.rubricVersion());
        return out.toString();
    }

    private static String axes(List<CriterionScore> criteria) {
        Map<Criterion.Axis, double[]> sums = new EnumMap<>(Criterion.Axis.class);
        for (CriterionScore c : criteria) {
            double[] sum = sums.computeIfAbsent(c.criterion().axis(), a -> new double[2]);
            sum[0] += c.points();
            sum[1] += c.max();
        }
        StringBuilder line = new StringBuilder();
        sums.forEach((axis, sum) -> line.append(line.length() == 0 ? "" : " · ")
                .append(axisName(axis)).append(' ').append(points(sum[0])).append('/').append(points(sum[1])));
        return line.toString();
    }

    private static String axisName(Criterion.Axis axis) {
        return switch (axis) {
            case TECHNICAL -> "Technical depth";
            case PRODUCT -> "Product impact";
            case TRUST -> "Trust";
        };
    }

    private static String quote(Evidence evidence) {
        String text = MessageChunks.truncate(evidence.quote().replaceAll("\\s+", " ").strip(), QUOTE_LIMIT);
        return "“" + MarkdownSanitizer.escape(text) + "”";
    }

    static String points(double value) {
        return Math.rint(value) == value ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
