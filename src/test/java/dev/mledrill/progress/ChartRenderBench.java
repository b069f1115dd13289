package dev.mledrill.progress;

import java.util.Arrays;

/**
 * Times chart rendering warm (after a warm-up), PNG encoding included: the personal chart of 30
 * answers and the team chart of a 10-row streak board. Prints p50, p99 and max per chart.
 * Run: {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -Djava.awt.headless=true -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.mledrill.progress.ChartRenderBench}
 */
public final class ChartRenderBench {
    private static final int WARM_UP = 30;
    private static final int RUNS = 200;

    private ChartRenderBench() {}

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        var attempts = new java.util.ArrayList<>(ChartSamples.improvingPerson());
        attempts.addAll(ChartSamples.improvingPerson());
        attempts.addAll(ChartSamples.improvingPerson().subList(0, 2));
        PersonalTrend trend = PersonalTrend.of(attempts);
        TeamFacts team = ChartSamples.team();
        report("personal (30 answers)", () -> new PersonalChart().render("Your progress", trend, ChartSamples.BERLIN));
        report("team (7 criteria, 7 streaks)", () -> new TeamChart().render(team));
    }

    private static void report(String name, Runnable render) {
        for (int i = 0; i < WARM_UP; i++) {
            render.run();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            render.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "%-30s p50 %5.1f ms  p99 %5.1f ms  max %5.1f ms  (%d runs)%n",
                name,
                nanos[RUNS / 2] / 1e6,
                nanos[(int) Math.ceil(RUNS * 0.99) - 1] / 1e6,
                nanos[RUNS - 1] / 1e6,
                RUNS);
    }
}
