package dev.mledrill.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Charts rendered headless from fixed data, checked by pixel statistics. With
 * {@code -Dmle.drill.writeDocs=true} the test also rewrites the README's example pictures under
 * docs/; otherwise it checks that the committed pictures still look like what the code draws.
 */
class ChartRenderingTest {
    static final Path PERSONAL_DOC = Path.of("docs", "progress-personal.png");
    static final Path TEAM_DOC = Path.of("docs", "progress-team.png");

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    @DisplayName(
            "the personal chart is a 1000x560 PNG with bars, seven coloured lines and alt text that reads the data")
    void personalChart() throws IOException {
        ChartImage chart = new PersonalChart()
                .render("Your progress", PersonalTrend.of(ChartSamples.improvingPerson()), ChartSamples.BERLIN);

        PixelStats stats = PixelStats.of(chart.png());
        assertThat(stats.width()).isEqualTo(PersonalChart.WIDTH);
        assertThat(stats.height()).isEqualTo(PersonalChart.HEIGHT);
        assertThat(stats.colours()).isGreaterThan(50);
        assertThat(stats.nonBackgroundShare()).isBetween(0.3, 0.95);
        assertThat(stats.meanLuminance()).as("a dark card").isLessThan(0.35);
        for (var colour : ChartStyle.CRITERION_COLOURS.values()) {
            assertThat(PixelStats.shareNear(chart.png(), colour.getRGB() & 0xFFFFFF))
                    .as("line colour %s", colour)
                    .isGreaterThan(0.0004);
        }
        assertThat(PixelStats.shareNear(chart.png(), ChartStyle.MUTED.getRGB() & 0xFFFFFF))
                .as("total bars")
                .isGreaterThan(0.05);
        assertThat(chart.altText())
                .startsWith("Progress chart of 14 scored answers from 1 Jun to")
                .contains("User outcome", "Fallback", "Lowest now: Fallback.");
        matchesDoc(chart, PERSONAL_DOC);
    }

    @Test
    @DisplayName(
            "the team chart is a 1200x540 PNG with most-missed bars and the streak board, named only where names show")
    void teamChart() throws IOException {
        ChartImage chart = new TeamChart().render(ChartSamples.team());

        PixelStats stats = PixelStats.of(chart.png());
        assertThat(stats.width()).isEqualTo(TeamChart.WIDTH);
        assertThat(stats.height()).isEqualTo(TeamChart.HEIGHT);
        assertThat(stats.nonBackgroundShare()).isGreaterThan(0.3);
        assertThat(PixelStats.shareNear(chart.png(), ChartStyle.ACCENT.getRGB() & 0xFFFFFF))
                .as("missed bars")
                .isGreaterThan(0.03);
        assertThat(chart.altText()).contains("of 48 scored answers", "Fallback 69 %", "Ana 12 (15)");
        TeamFacts anonymous = new TeamFacts(
                "x",
                ChartSamples.team().from(),
                ChartSamples.team().to(),
                48,
                ChartSamples.team().missedBy(),
                ChartSamples.team().streaks(),
                false);
        assertThat(new TeamChart().render(anonymous).altText())
                .contains("#1 12 (15)")
                .doesNotContain("Ana");
        matchesDoc(chart, TEAM_DOC);
    }

    @Test
    @DisplayName("an empty channel still draws a readable team chart that says there is nothing yet")
    void emptyTeam() {
        TeamFacts empty = new TeamFacts(
                "quiet",
                ChartSamples.team().from(),
                ChartSamples.team().to(),
                0,
                java.util.Map.of(),
                java.util.List.of(),
                true);

        ChartImage chart = new TeamChart().render(empty);

        assertThat(PixelStats.of(chart.png()).width()).isEqualTo(TeamChart.WIDTH);
        assertThat(chart.altText()).contains("none yet", "no streaks yet");
    }

    private static void matchesDoc(ChartImage chart, Path doc) throws IOException {
        if (Boolean.getBoolean("mle.drill.writeDocs")) {
            Files.createDirectories(doc.getParent());
            Files.write(doc, chart.png());
        }
        assertThat(doc).as("run with -Dmle.drill.writeDocs=true to draw it").exists();
        assertThat(PixelStats.difference(Files.readAllBytes(doc), chart.png()))
                .as("the committed picture %s still shows what the code draws", doc)
                .isLessThan(0.02);
    }
}
