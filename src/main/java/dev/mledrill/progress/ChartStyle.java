package dev.mledrill.progress;

import dev.mledrill.rubric.Criterion;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.IChart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * One look for every chart: an opaque dark card (so it reads the same in light and dark chat
 * themes, with no transparency for the theme to show through), light text in the JDK's logical
 * sans-serif font, and the Okabe–Ito colours (with white in place of black), told apart also by
 * people with colour blindness.
 */
final class ChartStyle {
    static final Color CARD = new Color(0x1E, 0x22, 0x2A);
    static final Color PLOT = new Color(0x26, 0x2B, 0x35);
    static final Color GRID = new Color(0x3A, 0x41, 0x4D);
    static final Color TEXT = new Color(0xE8, 0xEA, 0xED);
    static final Color MUTED = new Color(0x6B, 0x75, 0x86);
    static final Color ACCENT = new Color(0xE6, 0x9F, 0x00);
    static final Map<Criterion, Color> CRITERION_COLOURS = Map.of(
            Criterion.OUTCOME, new Color(0xE6, 0x9F, 0x00),
            Criterion.EVIDENCE, new Color(0x56, 0xB4, 0xE9),
            Criterion.CONSISTENCY, new Color(0x00, 0x9E, 0x73),
            Criterion.BUDGET, new Color(0xF0, 0xE4, 0x42),
            Criterion.TRADEOFF, new Color(0xF2, 0xF2, 0xF2),
            Criterion.PRIVACY, new Color(0xFF, 0x7A, 0x45),
            Criterion.FALLBACK, new Color(0xE0, 0x8F, 0xC0));

    private ChartStyle() {}

    static void apply(AxesChartStyler styler) {
        styler.setBaseFont(font(Font.PLAIN, 15));
        styler.setChartTitleFont(font(Font.BOLD, 19));
        styler.setAxisTitleFont(font(Font.PLAIN, 14));
        styler.setAxisTickLabelsFont(font(Font.PLAIN, 13));
        styler.setLegendFont(font(Font.PLAIN, 14));
        styler.setChartBackgroundColor(CARD);
        styler.setPlotBackgroundColor(PLOT);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridLinesColor(GRID);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setChartFontColor(TEXT);
        styler.setChartTitleBoxVisible(false);
        styler.setAxisTickLabelsColor(TEXT);
        styler.setAxisTickMarksColor(GRID);
        styler.setXAxisTitleColor(TEXT);
        styler.setYAxisTitleColor(TEXT);
        styler.setLegendBackgroundColor(CARD);
        styler.setLegendBorderColor(CARD);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setChartPadding(14);
        styler.setAntiAlias(true);
        styler.setTextAntiAlias(true);
    }

    static Font font(int style, int size) {
        return new Font(Font.SANS_SERIF, style, size);
    }

    static byte[] png(IChart chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart as PNG", e);
        }
    }
}
