package dev.mledrill.progress;

import dev.mledrill.leaderboard.StreakStanding;
import dev.mledrill.rubric.Criterion;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;

/**
 * Draws a channel's team view in one picture: on the left the share of answers that missed each
 * criterion over the span (most missed first), on the right the streak board as bars.
 */
public final class TeamChart {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 540;
    static final int BOARD = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    public ChartImage render(TeamFacts facts) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(ChartStyle.CARD);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            missed(facts).paint(g, WIDTH / 2, HEIGHT);
            g.translate(WIDTH / 2, 0);
            streaks(facts).paint(g, WIDTH / 2, HEIGHT);
        } finally {
            g.dispose();
        }
        return new ChartImage(encode(image), altText(facts), "team-progress.png", WIDTH, HEIGHT);
    }

    private static CategoryChart missed(TeamFacts facts) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH / 2)
                .height(HEIGHT)
                .title("Most missed, " + DAY.format(facts.from()) + " – " + DAY.format(facts.to()))
                .yAxisTitle("% of " + facts.scoredAnswers() + " answers")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        everyLabel(chart);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0).setYAxisDecimalPattern("0");
        chart.getStyler()
                .setLabelsVisible(true)
                .setLabelsFontColor(ChartStyle.CARD)
                .setLabelsFont(ChartStyle.font(java.awt.Font.BOLD, 13));
        chart.getStyler()
                .setLabelsFontColorAutomaticEnabled(false)
                .setLabelsPosition(0.92)
                .setLabelsRotation(0);
        chart.getStyler().setDecimalPattern("0");
        List<String> labels = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (Map.Entry<Criterion, Integer> e : facts.mostMissed()) {
            labels.add(CriterionWords.label(e.getKey()));
            shares.add(facts.scoredAnswers() == 0 ? 0 : 100.0 * e.getValue() / facts.scoredAnswers());
        }
        if (labels.isEmpty()) {
            labels.add("no scored answers");
            shares.add(0.0);
        }
        CategorySeries series = chart.addSeries("missed", labels, shares);
        series.setFillColor(ChartStyle.ACCENT);
        series.setLineColor(ChartStyle.ACCENT);
        return chart;
    }

    private static CategoryChart streaks(TeamFacts facts) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH / 2)
                .height(HEIGHT)
                .title("Streak board")
                .yAxisTitle("drill days in a row")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        everyLabel(chart);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisDecimalPattern("0");
        chart.getStyler().setOverlapped(true).setAvailableSpaceFill(0.6);
        List<StreakStanding> board = facts.streaks().stream().limit(BOARD).toList();
        List<String> names = board.isEmpty()
                ? List.of("no streaks yet")
                : board.stream().map(facts::nameOf).toList();
        List<Integer> longest = board.isEmpty()
                ? List.of(0)
                : board.stream().map(StreakStanding::longest).toList();
        List<Integer> current = board.isEmpty()
                ? List.of(0)
                : board.stream().map(StreakStanding::current).toList();
        chart.getStyler().setYAxisMax((double)
                Math.max(5, longest.stream().mapToInt(Integer::intValue).max().orElse(0)));
        CategorySeries best = chart.addSeries("longest", names, longest);
        best.setFillColor(ChartStyle.MUTED);
        best.setLineColor(ChartStyle.MUTED);
        CategorySeries now = chart.addSeries("current", names, current);
        now.setFillColor(ChartStyle.CRITERION_COLOURS.get(Criterion.EVIDENCE));
        now.setLineColor(ChartStyle.CRITERION_COLOURS.get(Criterion.EVIDENCE));
        return chart;
    }

    /** Every category named: XChart drops labels that would overlap, so they are turned and set smaller. */
    private static void everyLabel(CategoryChart chart) {
        chart.getStyler().setXAxisLabelRotation(40);
        chart.getStyler().setXAxisMaxLabelCount(BOARD + 2);
        chart.getStyler().setAxisTickLabelsFont(ChartStyle.font(java.awt.Font.PLAIN, 12));
    }

    static String altText(TeamFacts facts) {
        StringBuilder text = new StringBuilder("Team chart of ")
                .append(facts.channelName())
                .append(", ")
                .append(DAY.format(facts.from()))
                .append(" to ")
                .append(DAY.format(facts.to()))
                .append(". Left: of ")
                .append(facts.scoredAnswers())
                .append(" scored answers, the share that missed each criterion: ");
        List<String> missed = facts.mostMissed().stream()
                .map(e -> CriterionWords.label(e.getKey()) + " "
                        + (facts.scoredAnswers() == 0 ? 0 : Math.round(100.0 * e.getValue() / facts.scoredAnswers()))
                        + " %")
                .toList();
        text.append(missed.isEmpty() ? "none yet" : String.join(", ", missed))
                .append(". Right: streak board, current (longest): ");
        List<String> board = facts.streaks().stream()
                .limit(BOARD)
                .map(s -> facts.nameOf(s) + " " + s.current() + " (" + s.longest() + ")")
                .toList();
        return text.append(board.isEmpty() ? "no streaks yet" : String.join(", ", board))
                .append('.')
                .toString();
    }

    private static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the team chart as PNG", e);
        }
    }
}
