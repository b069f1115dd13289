package dev.mledrill.progress;

import dev.mledrill.chat.ChannelRef;
import dev.mledrill.chat.UserRef;
import dev.mledrill.drill.ChannelSettings;
import dev.mledrill.leaderboard.Leaderboards;
import dev.mledrill.streak.Scope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The progress pictures from stored data: a person's trend over their latest answers, and a
 * channel's team view (most-missed criteria over the last four weeks and the streak board).
 */
public final class ProgressCharts {
    /** The personal chart shows at most this many answers, the latest. */
    public static final int PERSONAL_ANSWERS = 30;

    public static final Duration TEAM_SPAN = Duration.ofDays(28);

    private final ScoreHistory history;
    private final TeamHistory team;
    private final Leaderboards leaderboards;
    private final Clock clock;
    private final PersonalChart personalChart = new PersonalChart();
    private final TeamChart teamChart = new TeamChart();

    public ProgressCharts(ScoreHistory history, TeamHistory team, Leaderboards leaderboards, Clock clock) {
        this.history = history;
        this.team = team;
        this.leaderboards = leaderboards;
        this.clock = clock;
    }

    /**
     * Draws both kinds of chart once from made-up data and throws them away: the first chart of
     * a JVM loads AWT and the fonts (seconds on a busy machine), which should not happen inside
     * the 3 seconds a chat command has to answer.
     */
    public static void warmUp() {
        Instant at = Instant.parse("2026-01-05T09:00:00Z");
        var points = java.util.Map.of(dev.mledrill.rubric.Criterion.OUTCOME, new ScoredAttempt.Points(5, 10));
        new PersonalChart()
                .render(
                        "warm-up",
                        PersonalTrend.of(List.of(new ScoredAttempt(at, "warm-up", true, 50, points))),
                        java.time.ZoneOffset.UTC);
        new TeamChart()
                .render(new TeamFacts(
                        "warm-up",
                        java.time.LocalDate.EPOCH,
                        java.time.LocalDate.EPOCH,
                        0,
                        java.util.Map.of(),
                        List.of(),
                        false));
    }

    /** The person's latest scored answers, oldest first (in one channel when given). */
    public List<ScoredAttempt> attempts(UserRef user, Optional<ChannelRef> channel) {
        return history.latest(user, channel, PERSONAL_ANSWERS);
    }

    /** Empty when the person has no scored answer yet. */
    public Optional<ChartImage> personal(UserRef user, Optional<ChannelRef> channel, String title, ZoneId zone) {
        List<ScoredAttempt> attempts = attempts(user, channel);
        return attempts.isEmpty()
                ? Optional.empty()
                : Optional.of(personalChart.render(title, PersonalTrend.of(attempts), zone));
    }

    public TeamFacts teamFacts(ChannelSettings settings) {
        Instant now = clock.instant();
        Instant from = now.minus(TEAM_SPAN);
        TeamHistory.Missed missed = team.missed(settings.channel(), from, now);
        return new TeamFacts(
                settings.name(),
                from.atZone(settings.zone()).toLocalDate(),
                now.atZone(settings.zone()).toLocalDate(),
                missed.scoredAnswers(),
                missed.byCriterion(),
                leaderboards.streaks(settings.channel(), Scope.CHANNEL, settings.zone(), TeamChart.BOARD),
                settings.showNames());
    }

    public ChartImage team(ChannelSettings settings) {
        return teamChart.render(teamFacts(settings));
    }
}
