package dev.mledrill.progress;

import dev.mledrill.rubric.Criterion;
import java.awt.BasicStroke;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a person's trend: their total score per answer as bars, and one line per criterion with
 * the rolling share of its points, on one 0–100 scale; the alt text says the same in words.
 */
public final class PersonalChart {
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 560;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    public ChartImage render(String title, PersonalTrend trend, ZoneId zone) {
        if (trend.size() == 0) {
            throw new IllegalArgumentException("no scored answers to chart");
        }
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(title)
                .xAxisTitle("scored answers, oldest to newest")
                .yAxisTitle("% of points (lines: last " + trend.window() + " answers)")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0);
        chart.getStyler().setYAxisDecimalPattern("0");
        chart.getStyler().setAvailableSpaceFill(0.55).setOverlapped(true);
        if (trend.size() > 12) {
            chart.getStyler().setXAxisLabelRotation(45);
        }
        List<String> labels = labels(trend, zone);
        CategorySeries totals = chart.addSeries("Total score", labels, trend.totals());
        totals.setFillColor(ChartStyle.MUTED);
        totals.setLineColor(ChartStyle.MUTED);
        trend.rollingShare().forEach((criterion, line) -> {
            CategorySeries series = chart.addSeries(CriterionWords.label(criterion), labels, line);
            series.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
            series.setLineColor(ChartStyle.CRITERION_COLOURS.get(criterion));
            series.setMarkerColor(ChartStyle.CRITERION_COLOURS.get(criterion));
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setLineWidth(2.5f);
            series.setLineStyle(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        });
        return new ChartImage(ChartStyle.png(chart), altText(trend, zone), "progress.png", WIDTH, HEIGHT);
    }

    /** Day labels ("3 Jun"); a second answer on the same day is "3 Jun (2)". */
    private static List<String> labels(PersonalTrend trend, ZoneId zone) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> labels = new ArrayList<>();
        for (var at : trend.answeredAt()) {
            String day = DAY.format(at.atZone(zone));
            int n = seen.merge(day, 1, Integer::sum);
            labels.add(n == 1 ? day : day + " (" + n + ")");
        }
        return labels;
    }

    static String altText(PersonalTrend trend, ZoneId zone) {
        int n = trend.size();
        double average = trend.totals().stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
        StringBuilder text = new StringBuilder("Progress chart of ")
                .append(n)
                .append(n == 1 ? " scored answer" : " scored answers")
                .append(" from ")
                .append(DAY.format(trend.answeredAt().get(0).atZone(zone)))
                .append(" to ")
                .append(DAY.format(trend.answeredAt().get(n - 1).atZone(zone)))
                .append(". Bars: total score, first ")
                .append(round(trend.totals().get(0)))
                .append(", latest ")
                .append(round(trend.totals().get(n - 1)))
                .append(", average ")
                .append(round(average))
                .append(" of 100. Lines: share of each criterion's points over")
                .append(" the last ")
                .append(trend.window())
                .append(" answers at each point, first → latest: ");
        List<String> parts = new ArrayList<>();
        Criterion weakest = null;
        double weakestShare = Double.MAX_VALUE;
        for (Map.Entry<Criterion, List<Double>> e : trend.rollingShare().entrySet()) {
            double first = e.getValue().get(0);
            double last = e.getValue().get(n - 1);
            parts.add(CriterionWords.label(e.getKey()) + " " + round(first) + " % → " + round(last) + " %");
            if (last < weakestShare) {
                weakestShare = last;
                weakest = e.getKey();
            }
        }
        text.append(String.join("; ", parts)).append('.');
        if (weakest != null) {
            text.append(" Lowest now: ").append(CriterionWords.label(weakest)).append('.');
        }
        return text.toString();
    }

    private static long round(double value) {
        return Double.isNaN(value) ? 0 : Math.round(value);
    }
}
