package dev.mledrill.progress;

import dev.mledrill.leaderboard.StreakStanding;
import dev.mledrill.rubric.Criterion;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Fixed data the chart tests and the README's example pictures are drawn from. */
final class ChartSamples {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Map<Criterion, Double> WEIGHTS = Map.of(
            Criterion.OUTCOME,
            18.0,
            Criterion.EVIDENCE,
            16.0,
            Criterion.CONSISTENCY,
            12.0,
            Criterion.BUDGET,
            14.0,
            Criterion.TRADEOFF,
            18.0,
            Criterion.PRIVACY,
            8.0,
            Criterion.FALLBACK,
            14.0);

    private ChartSamples() {}

    /** 14 answers over three weeks: outcome and evidence improve, fallback stays weak, budget wobbles. */
    static List<ScoredAttempt> improvingPerson() {
        List<ScoredAttempt> attempts = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 6, 1);
        for (int i = 0; i < 14; i++) {
            double progress = i / 13.0;
            Map<Criterion, Double> share = new EnumMap<>(Criterion.class);
            share.put(Criterion.OUTCOME, 0.35 + 0.55 * progress);
            share.put(Criterion.EVIDENCE, 0.30 + 0.60 * progress);
            share.put(Criterion.CONSISTENCY, 0.50 + 0.25 * progress);
            share.put(Criterion.BUDGET, i % 3 == 0 ? 0.2 : 0.7);
            share.put(Criterion.TRADEOFF, 0.40 + 0.20 * progress);
            share.put(Criterion.PRIVACY, i % 2 == 0 ? 1.0 : 0.5);
            share.put(Criterion.FALLBACK, i % 5 == 4 ? 0.5 : 0.1);
            attempts.add(attempt(
                    day.plusDays(i + i / 5 * 2).atTime(9, 30).atZone(BERLIN).toInstant(), "q" + i, share));
        }
        return attempts;
    }

    static ScoredAttempt attempt(Instant at, String questionId, Map<Criterion, Double> shares) {
        Map<Criterion, ScoredAttempt.Points> points = new EnumMap<>(Criterion.class);
        double total = 0;
        for (Map.Entry<Criterion, Double> e : shares.entrySet()) {
            double max = WEIGHTS.get(e.getKey());
            points.put(e.getKey(), new ScoredAttempt.Points(max * e.getValue(), max));
            total += max * e.getValue();
        }
        return new ScoredAttempt(at, questionId, false, total, points);
    }

    static TeamFacts team() {
        Map<Criterion, Integer> missed = new EnumMap<>(Criterion.class);
        missed.put(Criterion.OUTCOME, 9);
        missed.put(Criterion.EVIDENCE, 14);
        missed.put(Criterion.CONSISTENCY, 21);
        missed.put(Criterion.BUDGET, 27);
        missed.put(Criterion.TRADEOFF, 12);
        missed.put(Criterion.PRIVACY, 18);
        missed.put(Criterion.FALLBACK, 33);
        List<StreakStanding> streaks = List.of(
                new StreakStanding(1, "U1", "Ana", 12, 15),
                new StreakStanding(2, "U2", "Ben", 9, 9),
                new StreakStanding(3, "U3", "Chidi", 7, 11),
                new StreakStanding(4, "U4", "Dana", 4, 6),
                new StreakStanding(5, "U5", "Eitan", 3, 8),
                new StreakStanding(6, "U6", "Fatima", 2, 2),
                new StreakStanding(7, "U7", "Gus", 1, 5));
        return new TeamFacts(
                "ml-drills", LocalDate.of(2026, 5, 25), LocalDate.of(2026, 6, 21), 48, missed, streaks, true);
    }
}
