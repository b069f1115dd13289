package dev.mledrill.rubric;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Feedback a candidate can learn from: headline (score and band), the three panel axes, one
 * line per criterion with its best quote, red flags with their deductions, key points, and
 * the one rewrite tip. Plain text for terminals; standard Markdown that chat adapters convert.
 */
public final class FeedbackRenderer {
    private static final int QUOTES_PER_LINE = 2;
    private static final int QUOTE_CHARS = 90;

    public String plainText(Score score, Optional<? extends AskedQuestion> question) {
        return render(score, question, false);
    }

    public String markdown(Score score, Optional<? extends AskedQuestion> question) {
        return render(score, question, true);
    }

    private String render(Score score, Optional<? extends AskedQuestion> question, boolean md) {
        StringBuilder out = new StringBuilder();
        String headline = Math.round(score.total()) + "/100 · " + score.band();
        out.append(md ? "**" + headline + "**" : headline).append('\n');
        out.append(axes(score)).append("\n\n");
        for (CriterionScore c : score.criteria()) {
            String name = c.criterion().title();
            out.append(md ? "- **" + name + "** " : String.format(Locale.ROOT, "%-32s", name))
                    .append(number(c.points()))
                    .append('/')
                    .append(number(c.max()));
            String quotes = c.evidence().stream()
                    .limit(QUOTES_PER_LINE)
                    .map(e -> quote(e.quote()))
                    .collect(Collectors.joining(", "));
            out.append(quotes.isEmpty() ? "" : "  " + quotes).append('\n');
        }
        if (!score.redFlags().isEmpty()) {
            out.append('\n').append(md ? "**Red flags**" : "Red flags").append('\n');
            for (RedFlag f : score.redFlags()) {
                out.append(md ? "- " : "  ")
                        .append('−')
                        .append(number(f.deduction()))
                        .append(' ')
                        .append(f.explanation());
                String quotes = f.evidence().stream()
                        .limit(QUOTES_PER_LINE)
                        .map(e -> quote(e.quote()))
                        .collect(Collectors.joining(", "));
                out.append(quotes.isEmpty() ? "" : ": " + quotes).append('\n');
            }
        }
        keyPoints(score.keyPoints(), question, md, out);
        if (!score.tip().isEmpty()) {
            out.append('\n')
                    .append(md ? "**Tip** " : "Tip: ")
                    .append(score.tip())
                    .append('\n');
        }
        return out.toString();
    }

    private static void keyPoints(
            KeyPointCoverage k, Optional<? extends AskedQuestion> question, boolean md, StringBuilder out) {
        int all = k.covered().size() + k.missed().size();
        if (all == 0) {
            return;
        }
        String label = "Key points" + question.map(q -> " for " + q.id()).orElse("");
        out.append('\n')
                .append(md ? "**" + label + "**" : label)
                .append(": ")
                .append(k.covered().size())
                .append(" of ")
                .append(all)
                .append(" covered");
        if (!k.missed().isEmpty()) {
            out.append("; missed: ").append(String.join("; ", k.missed()));
        }
        if (k.deduction() > 0) {
            out.append(" (−").append(number(k.deduction())).append(')');
        }
        out.append('\n');
    }

    private static String axes(Score score) {
        Map<Criterion.Axis, double[]> sums = new EnumMap<>(Criterion.Axis.class);
        for (CriterionScore c : score.criteria()) {
            double[] s = sums.computeIfAbsent(c.criterion().axis(), a -> new double[2]);
            s[0] += c.points();
            s[1] += c.max();
        }
        return List.of(Criterion.Axis.TECHNICAL, Criterion.Axis.PRODUCT, Criterion.Axis.TRUST).stream()
                .filter(sums::containsKey)
                .map(a -> axisName(a) + " " + Math.round(sums.get(a)[0]) + "/" + Math.round(sums.get(a)[1]))
                .collect(Collectors.joining(" · "));
    }

    private static String axisName(Criterion.Axis axis) {
        return switch (axis) {
            case TECHNICAL -> "Technical depth";
            case PRODUCT -> "Product impact";
            case TRUST -> "Trust";
        };
    }

    private static String quote(String q) {
        String s =
                q.length() <= QUOTE_CHARS ? q : q.substring(0, QUOTE_CHARS - 1).stripTrailing() + "…";
        return "“" + s + "”";
    }

    static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
